namespace Threadline.Application.Queries.Identifiers;

/// <summary>The contact points that have a page of their own.</summary>
public enum IdentifierKind
{
    /// <summary>A phone number, E.164.</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A messaging or social handle, <c>service:username</c>.</summary>
    Handle,
}
