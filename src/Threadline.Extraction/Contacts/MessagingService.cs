using System.Text.RegularExpressions;

namespace Threadline.Extraction.Contacts;

/// <summary>One messaging or social service as described in messaging-services.tsv.</summary>
/// <param name="Id">Service id written in <see cref="HandleHit.Service"/>.</param>
/// <param name="Account">Whether accounts are phone numbers, user names or either.</param>
/// <param name="Weak">The service's name is an everyday word too ("line", "signal"): only ':', '@' or "ID" before a value count.</param>
/// <param name="UserShape">A plausible user name, matched whole; null for phone-only services.</param>
internal sealed record MessagingService(string Id, AccountKind Account, bool Weak, Regex? UserShape)
{
    public bool TakesPhone => Account is AccountKind.Phone or AccountKind.Both;

    public bool TakesUser => Account is AccountKind.User or AccountKind.Both;

    /// <summary>True when <paramref name="value"/> has the shape of one of this service's user names.</summary>
    public bool IsPlausibleUser(string value) => UserShape is not null && UserShape.IsMatch(value);
}
