namespace Threadline.Money;

/// <summary>How money moved (docs/formats.md, CSV column <c>method</c>).</summary>
public enum PaymentMethod : byte
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>Account-to-account transfer.</summary>
    Transfer = 1,

    /// <summary>Cash paid into an account (at a branch or ATM).</summary>
    CashDeposit = 2,

    /// <summary>Cash taken out of an account.</summary>
    CashWithdrawal = 3,

    /// <summary>Card payment.</summary>
    Card = 4,

    /// <summary>Money remitter (transfer to a person abroad through a remittance company).</summary>
    Remittance = 5,
}
