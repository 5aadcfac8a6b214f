namespace Threadline.Money;

/// <summary>Direction of an entry as seen from the statement's own account (ISO 20022 CdtDbtInd).</summary>
public enum CreditDebit
{
    /// <summary>Money came in (CRDT, MT940 C).</summary>
    Credit,

    /// <summary>Money went out (DBIT, MT940 D).</summary>
    Debit,
}
