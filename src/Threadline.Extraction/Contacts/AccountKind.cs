namespace Threadline.Extraction.Contacts;

/// <summary>What a service's accounts are: phone numbers, user names, or either.</summary>
internal enum AccountKind
{
    Phone,
    User,
    Both,
}
