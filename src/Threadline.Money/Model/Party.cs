namespace Threadline.Money;

/// <summary>A debtor or creditor as the bank file names it.</summary>
/// <param name="Name">Name (ISO 20022 <c>Nm</c> or <c>Pty/Nm</c>), as written.</param>
/// <param name="Iban">Normalised IBAN of the party's account when the file gives one.</param>
/// <param name="AccountId">Other account identifier (<c>Othr/Id</c>, MT940 account) when there is no IBAN.</param>
/// <param name="AddressLines">Postal address lines, in file order.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country of the address, when given.</param>
public sealed record Party(string? Name, string? Iban, string? AccountId, IReadOnlyList<string> AddressLines, string? Country)
{
    /// <summary>A party with nothing known.</summary>
    public static Party Empty { get; } = new(null, null, null, [], null);

    /// <summary>The account key used in the transaction graph: IBAN, else other id, else the name.</summary>
    public string? AccountKey => Iban ?? AccountId ?? (string.IsNullOrWhiteSpace(Name) ? null : "name:" + Name.Trim().ToUpperInvariant());

    /// <summary>True when nothing identifies the party.</summary>
    public bool IsEmpty => Name is null && Iban is null && AccountId is null && AddressLines.Count == 0;
}
