using System.Globalization;
using System.Text;
using Threadline.Core.Text;

namespace Threadline.Money.Detectors;

/// <summary>
/// Matches account holders' phone numbers, e-mail addresses and postal addresses against identifiers
/// seen in ads and bookings (red flag: "phone/e-mail/address of an account holder matching ads").
/// Normalisation: phones compare on their last 9 digits (so +32 470 12 34 56 equals 0470 12 34 56);
/// e-mails trimmed and lower-cased; addresses as the set of their lower-cased letter/digit words.
/// </summary>
public static class IdentifierMatcher
{
    /// <summary>Collects holders (names and addresses) from the parties of bank transactions.</summary>
    public static IReadOnlyList<AccountHolder> HoldersFrom(IEnumerable<BankTransaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var holders = new SortedDictionary<string, (string? Name, SortedSet<string> Addresses)>(StringComparer.Ordinal);
        foreach (var party in transactions.SelectMany(t => new[] { t.Debtor, t.Creditor }))
        {
            if ((party.Iban ?? party.AccountId) is not { } account)
            {
                continue;
            }

            if (!holders.TryGetValue(account, out var holder))
            {
                holder = (party.Name, new SortedSet<string>(StringComparer.Ordinal));
                holders[account] = holder;
            }

            if (party.AddressLines.Count > 0)
            {
                holder.Addresses.Add(string.Join(", ", party.AddressLines));
            }
        }

        return holders.Select(kv => new AccountHolder(kv.Key, kv.Value.Name, [], [], kv.Value.Addresses.ToList())).ToList();
    }

    /// <summary>Every holder identifier that equals a known identifier after normalisation, in a stable order.</summary>
    public static IReadOnlyList<IdentifierMatch> Match(IEnumerable<AccountHolder> holders, IEnumerable<KnownIdentifier> known)
    {
        ArgumentNullException.ThrowIfNull(holders);
        ArgumentNullException.ThrowIfNull(known);
        var index = new Dictionary<(IdentifierKind, string), List<KnownIdentifier>>();
        foreach (var k in known)
        {
            if (Key(k.Kind, k.Value) is not { } key)
            {
                continue;
            }

            if (!index.TryGetValue((k.Kind, key), out var list))
            {
                index[(k.Kind, key)] = list = [];
            }

            list.Add(k);
        }

        var matches = new List<IdentifierMatch>();
        foreach (var holder in holders)
        {
            foreach (var (kind, values) in new[] { (IdentifierKind.Phone, holder.Phones), (IdentifierKind.Email, holder.Emails), (IdentifierKind.Address, holder.Addresses) })
            {
                foreach (var value in values)
                {
                    if (Key(kind, value) is { } key && index.TryGetValue((kind, key), out var hits))
                    {
                        matches.AddRange(hits.Select(h => new IdentifierMatch(holder.Account, kind, value, h.Value, h.Source, key)));
                    }
                }
            }
        }

        return matches.Distinct().OrderBy(m => m.Account, StringComparer.Ordinal).ThenBy(m => m.Kind).ThenBy(m => m.Source, StringComparer.Ordinal).ToList();
    }

    /// <summary>One finding per matched account, citing every match.</summary>
    public static IReadOnlyList<Finding> ToFindings(IEnumerable<IdentifierMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return matches.GroupBy(m => m.Account, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Finding(
            "identifier-match",
            g.Key,
            [g.Key],
            g.Count(),
            DateTimeOffset.MinValue,
            DateTimeOffset.MinValue,
            0,
            [],
            string.Create(CultureInfo.InvariantCulture, $"holder of {g.Key} shares {string.Join("; ", g.Select(m => $"{m.Kind.ToString().ToLowerInvariant()} {m.HolderValue} with {m.Source}"))}"))).ToList();
    }

    /// <summary>The normalised key of an identifier, or null when too short to compare.</summary>
    public static string? Key(IdentifierKind kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 512)
        {
            return null;
        }

        switch (kind)
        {
            case IdentifierKind.Phone:
                var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
                return digits.Length < 8 ? null : digits[^Math.Min(9, digits.Length)..];
            case IdentifierKind.Email:
                var email = value.Trim().ToLowerInvariant();
                return email.Contains('@', StringComparison.Ordinal) ? email : null;
            default:
                var words = new SortedSet<string>(StringComparer.Ordinal);
                var word = new StringBuilder();
                foreach (var raw in value.Append(' '))
                {
                    var c = TextFold.Fold(raw);
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        word.Append(c);
                    }
                    else if (word.Length > 0)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                    }
                }

                return words.Count < 2 ? null : string.Join(' ', words);
        }
    }
}
