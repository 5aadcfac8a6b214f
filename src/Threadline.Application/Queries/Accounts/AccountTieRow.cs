namespace Threadline.Application.Queries.Accounts;

/// <summary>A network lead an account is tied to, and why (a booking paid, a shared identifier, money traced from it).</summary>
public sealed record AccountTieRow(string NetworkId, bool Direct, string Reason);
