namespace Threadline.Money.Import;

/// <summary>The bank file formats Threadline reads.</summary>
public enum BankFileFormat
{
    /// <summary>Not recognised.</summary>
    Unknown,

    /// <summary>ISO 20022 camt.053 or camt.054 (XML).</summary>
    Camt,

    /// <summary>SWIFT MT940.</summary>
    Mt940,

    /// <summary>CSV/TSV with a header.</summary>
    Csv,
}
