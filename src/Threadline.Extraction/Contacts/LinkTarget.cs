namespace Threadline.Extraction.Contacts;

/// <summary>What a link to a messaging service points to.</summary>
internal enum LinkTarget
{
    /// <summary>A phone number: the account.</summary>
    Phone,

    /// <summary>A user name: the account.</summary>
    User,

    /// <summary>A group or channel invite: no person, so no handle.</summary>
    Group,

    /// <summary>A short link or code that names nobody readable: no handle.</summary>
    Opaque,
}
