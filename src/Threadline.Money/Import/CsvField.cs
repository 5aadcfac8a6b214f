namespace Threadline.Money.Import;

/// <summary>The columns of a bank CSV export (docs/formats.md, bank files).</summary>
public enum CsvField
{
    /// <summary><c>tx_id</c>: the bank's id of the transaction.</summary>
    TxId,

    /// <summary><c>booking_date</c> (required).</summary>
    BookingDate,

    /// <summary><c>value_date</c>.</summary>
    ValueDate,

    /// <summary><c>amount</c>: positive, dot decimal (required).</summary>
    Amount,

    /// <summary><c>currency</c>: ISO 4217 (default EUR).</summary>
    Currency,

    /// <summary><c>debtor_name</c>.</summary>
    DebtorName,

    /// <summary><c>debtor_iban</c>.</summary>
    DebtorIban,

    /// <summary><c>creditor_name</c>.</summary>
    CreditorName,

    /// <summary><c>creditor_iban</c>.</summary>
    CreditorIban,

    /// <summary><c>method</c>: transfer, cash_deposit, cash_withdrawal, card, remittance.</summary>
    Method,

    /// <summary><c>city</c>: where cash moved.</summary>
    City,

    /// <summary><c>country</c>: ISO 3166-1 alpha-2.</summary>
    Country,

    /// <summary><c>remittance_info</c>: free text.</summary>
    RemittanceInfo,
}
