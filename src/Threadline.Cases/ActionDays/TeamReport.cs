using System.Collections.Immutable;

namespace Threadline.Cases.ActionDays;

/// <summary>One report a team sends from the field: a status, and outcomes found since the last report (added up).</summary>
public sealed record TeamReport
{
    public TeamReport(DateTimeOffset at, TeamStatus status, int personsFound = 0, int arrests = 0, IEnumerable<VictimOutcome>? victims = null, IEnumerable<SeizedItem>? seized = null, IEnumerable<KeyValuePair<string, decimal>>? cash = null)
    {
        At = at.ToUniversalTime();
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status), status, "unknown team status");
        PersonsFound = Count(personsFound, nameof(personsFound));
        Arrests = Count(arrests, nameof(arrests));
        Victims = (victims ?? []).ToImmutableArray();
        Seized = (seized ?? []).ToImmutableArray();
        var c = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var (currency, amount) in cash ?? [])
        {
            var code = (currency ?? string.Empty).Trim().ToUpperInvariant();
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            {
                throw new ArgumentException($"cash: '{currency}' is not an ISO 4217 currency code", nameof(cash));
            }

            if (amount <= 0 || amount > 1_000_000_000m)
            {
                throw new ArgumentException($"cash {code}: amount {amount} out of range", nameof(cash));
            }

            c[code] = c.GetValueOrDefault(code) + amount;
        }

        Cash = c.ToImmutable();
        if (Victims.Length > 1000 || Seized.Length > 10_000)
        {
            throw new ArgumentException("a report holds at most 1000 victims and 10,000 seized items");
        }
    }

    public DateTimeOffset At { get; }

    public TeamStatus Status { get; }

    public int PersonsFound { get; }

    public int Arrests { get; }

    public ImmutableArray<VictimOutcome> Victims { get; }

    public ImmutableArray<SeizedItem> Seized { get; }

    /// <summary>Cash seized by currency.</summary>
    public ImmutableSortedDictionary<string, decimal> Cash { get; }

    private static int Count(int n, string field) => n is >= 0 and <= 10_000 ? n : throw new ArgumentOutOfRangeException(field, n, "expected 0-10,000");
}
