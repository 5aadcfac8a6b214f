namespace Threadline.Money.Detectors;

/// <summary>What is known of an account's holder (from bank files or the bank's answer to a legal request).</summary>
/// <param name="Account">Account key (normalised IBAN).</param>
/// <param name="Name">Holder name.</param>
/// <param name="Phones">Phone numbers.</param>
/// <param name="Emails">E-mail addresses.</param>
/// <param name="Addresses">Postal addresses, one string each.</param>
public sealed record AccountHolder(string Account, string? Name, IReadOnlyList<string> Phones, IReadOnlyList<string> Emails, IReadOnlyList<string> Addresses);
