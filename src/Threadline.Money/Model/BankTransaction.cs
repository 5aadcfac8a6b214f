namespace Threadline.Money;

/// <summary>
/// One movement of money as read from a bank file, normalised across formats. The money goes from
/// <see cref="Debtor"/> to <see cref="Creditor"/>; <see cref="Direction"/> says which of the two is the
/// statement's own account (<see cref="AccountIban"/>) when the file is a statement.
/// </summary>
public sealed record BankTransaction
{
    /// <summary>Deterministic id (<c>tx-…</c>): the same transaction read twice gets the same id (see <see cref="TransactionIds"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The file it was read from.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Format and version, e.g. <c>camt.053.001.08</c>, <c>mt940</c>, <c>csv</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Line in the source file (1-based) where the record starts, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The statement's own account (normalised IBAN or account id); null for CSV exports.</summary>
    public string? AccountIban { get; init; }

    /// <summary>Statement or notification id (<c>Stmt/Id</c>, MT940 <c>:20:</c>).</summary>
    public string? StatementId { get; init; }

    /// <summary>Index of the entry in its statement (0-based).</summary>
    public int EntryIndex { get; init; }

    /// <summary>Index of the transaction detail inside its entry (0-based).</summary>
    public int DetailIndex { get; init; }

    /// <summary>Credit or debit as seen from <see cref="AccountIban"/> (for CSV: credit).</summary>
    public CreditDebit Direction { get; init; }

    /// <summary>Amount of this transaction, positive, in <see cref="Currency"/>.</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217 currency code.</summary>
    public required string Currency { get; init; }

    /// <summary>Amount of the whole entry the transaction belongs to (equals <see cref="Amount"/> for single-detail entries).</summary>
    public decimal EntryAmount { get; init; }

    /// <summary>Currency of <see cref="EntryAmount"/>.</summary>
    public string? EntryCurrency { get; init; }

    /// <summary>Amount stated in the transaction detail itself (camt <c>TxDtls/Amt</c>), when given; may differ from the entry amount in sample files.</summary>
    public decimal? DetailAmount { get; init; }

    /// <summary>Currency of <see cref="DetailAmount"/>.</summary>
    public string? DetailCurrency { get; init; }

    /// <summary>Booking date and time, UTC (a date without time is midnight UTC).</summary>
    public required DateTimeOffset BookingDate { get; init; }

    /// <summary>Value date, when given.</summary>
    public DateTimeOffset? ValueDate { get; init; }

    /// <summary>Who paid.</summary>
    public required Party Debtor { get; init; }

    /// <summary>Who was paid.</summary>
    public required Party Creditor { get; init; }

    /// <summary>Unstructured remittance lines (<c>Ustrd</c>, MT940 <c>:86:</c>, CSV <c>remittance_info</c>).</summary>
    public IReadOnlyList<string> RemittanceLines { get; init; } = [];

    /// <summary>Structured creditor references (<c>Strd/CdtrRefInf/Ref</c>).</summary>
    public IReadOnlyList<string> CreditorReferences { get; init; } = [];

    /// <summary>End-to-end id (<c>Refs/EndToEndId</c>), when given.</summary>
    public string? EndToEndId { get; init; }

    /// <summary>The bank's reference for the entry (<c>AcctSvcrRef</c>, MT940 reference, CSV <c>tx_id</c>).</summary>
    public string? EntryReference { get; init; }

    /// <summary>Entry status (<c>BOOK</c>, <c>PDNG</c>, <c>INFO</c>), when given.</summary>
    public string? Status { get; init; }

    /// <summary>True when the entry is a reversal (<c>RvslInd</c>, MT940 <c>RC</c>/<c>RD</c>).</summary>
    public bool Reversal { get; init; }

    /// <summary>Bank transaction code (<c>Domn/Fmly/SubFmlyCd</c> joined by '/', or proprietary code).</summary>
    public string? BankTransactionCode { get; init; }

    /// <summary>How the money moved.</summary>
    public PaymentMethod Method { get; init; }

    /// <summary>City where cash was paid in or out (CSV <c>city</c>), when given.</summary>
    public string? City { get; init; }

    /// <summary>Country of the transaction (CSV <c>country</c>), when given.</summary>
    public string? Country { get; init; }

    /// <summary>All remittance text in one string (lines then references, space-separated).</summary>
    public string RemittanceText => string.Join(' ', RemittanceLines.Concat(CreditorReferences));

    /// <summary>Amount in minor units of the currency (ISO 4217 exponent), positive.</summary>
    public long AmountMinor => Currencies.ToMinorUnits(Amount, Currency);
}
