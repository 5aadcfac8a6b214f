namespace Threadline.Money.Import;

/// <summary>What the entries of one statement or notification share: its id and its own account.</summary>
/// <param name="StatementId">The <c>Id</c> of the statement, when given.</param>
/// <param name="AccountId">The account's IBAN or other id.</param>
/// <param name="Own">The account as a party of the entries.</param>
internal sealed record CamtRecord(string? StatementId, string AccountId, Party Own);
