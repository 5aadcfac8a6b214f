namespace Threadline.Simulation.Money;

/// <summary>A bank account in the world; <see cref="Statements"/> accounts get camt.053 files.</summary>
internal sealed record Account(string Iban, string OwnerId, string OwnerName, string Role, string? Network, bool Statements, decimal Opening)
{
    public string Bic => "THRL" + Iban[..2] + "B" + Iban[2..3];
}

/// <summary>One transaction as the bank books it.</summary>
internal sealed record Tx(
    string Id,
    DateOnly Date,
    DateOnly ValueDate,
    decimal Amount,
    Account? Debtor,
    string DebtorName,
    string? DebtorIban,
    Account? Creditor,
    string CreditorName,
    string? CreditorIban,
    string Method,
    string? City,
    string? Country,
    string Remittance,
    string Pattern,
    string? Network,
    string DebtorRole,
    string CreditorRole);
