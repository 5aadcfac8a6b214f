using System.Globalization;

namespace Threadline.Money.Detectors;

/// <summary>
/// Payments to ad sites and accommodation (FinCEN/FINTRAC red flags): outgoing payments whose creditor
/// name or remittance text contains a keyword of a category. An account is flagged per category when
/// it made at least <see cref="KeywordOptions.MinPayments"/> such payments within the window; the score
/// counts the payments and the summary the distinct cities (short stays in several cities).
/// Works on <see cref="BankTransaction"/>s since it needs names and text.
/// </summary>
public sealed class KeywordPaymentDetector
{
    /// <summary>Creates the detector.</summary>
    public KeywordPaymentDetector(KeywordOptions? options = null)
    {
        Options = options ?? KeywordOptions.Default;
        // Squashed once: matching squashed them again for every payment (at 1M ads ~700k payments × every keyword).
        _needles = [.. Options.Categories.Select(c => (c.Key, c.Value.Select(k => " " + Squash(k) + " ").ToArray()))];
    }

    private readonly (string Category, string[] Needles)[] _needles;

    /// <summary>The parameters.</summary>
    public KeywordOptions Options { get; }

    /// <summary>The category a payment falls in, or null.</summary>
    public string? Categorize(BankTransaction tx)
    {
        ArgumentNullException.ThrowIfNull(tx);
        var text = " " + Squash(tx.Creditor.Name + " " + tx.RemittanceText) + " ";
        foreach (var (category, needles) in _needles)
        {
            foreach (var needle in needles)
            {
                if (text.Contains(needle, StringComparison.Ordinal))
                {
                    return category;
                }
            }
        }

        return null;
    }

    /// <summary>Runs the detector: findings named <c>payments-&lt;category&gt;</c>, on the paying account.</summary>
    public IReadOnlyList<Finding> Detect(IEnumerable<BankTransaction> transactions)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        var groups = new SortedDictionary<(string Account, string Category), List<BankTransaction>>();
        foreach (var tx in transactions)
        {
            if (tx.Reversal || tx.Debtor.AccountKey is not { } payer || Categorize(tx) is not { } category)
            {
                continue;
            }

            if (!groups.TryGetValue((payer, category), out var list))
            {
                groups[(payer, category)] = list = [];
            }

            list.Add(tx);
        }

        var findings = new List<Finding>();
        foreach (var ((account, category), list) in groups)
        {
            list.Sort((a, b) => a.BookingDate.CompareTo(b.BookingDate) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
            var best = (Start: 0, Count: 0);
            var start = 0;
            for (var i = 0; i < list.Count; i++)
            {
                while (list[start].BookingDate < list[i].BookingDate - Options.EffectiveWindow)
                {
                    start++;
                }

                if (i - start + 1 > best.Count)
                {
                    best = (start, i - start + 1);
                }
            }

            if (best.Count < Options.MinPayments)
            {
                continue;
            }

            var chosen = list.GetRange(best.Start, best.Count);
            var payees = chosen.Select(t => t.Creditor.AccountKey ?? t.Creditor.Name ?? "?").Distinct().Order(StringComparer.Ordinal).ToList();
            var cities = chosen.Select(t => t.City ?? t.Creditor.AddressLines.LastOrDefault()).Where(c => c is not null).Distinct().Count();
            var total = chosen.Sum(t => t.AmountMinor);
            findings.Add(new Finding(
                "payments-" + category,
                account,
                [account, .. payees],
                chosen.Count,
                chosen[0].BookingDate,
                chosen[^1].BookingDate,
                total,
                chosen.Take(Options.MaxEvidence).Select(t => new EvidenceTransaction(t.Id, account, t.Creditor.AccountKey ?? t.Creditor.Name ?? "?", t.AmountMinor, t.BookingDate)).ToList(),
                string.Create(CultureInfo.InvariantCulture, $"{account} made {chosen.Count} payments for {category} ({string.Join(", ", payees.Take(5))}{(payees.Count > 5 ? ", …" : string.Empty)}) in {cities} places, {Evidence.Money(total)} ({Evidence.Span(chosen[0].BookingDate, chosen[^1].BookingDate)})")));
        }

        return findings;
    }

    private static string Squash(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '&' or '.')
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.')).Where(w => w.Length > 0));
    }
}
