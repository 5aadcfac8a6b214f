using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Threadline.Linking;

/// <summary>
/// The most points each part of the network risk score can earn, and the flag threshold. The parts
/// always sum to 100, so a total is a share of the whole evidence and never passes 100. Loaded from
/// the embedded <c>Scoring/Data/risk-weights.json</c>; docs/scoring.md gives the reason for each weight.
/// </summary>
public sealed class RiskWeights
{
    private readonly FrozenDictionary<string, double> _max;

    private RiskWeights(IReadOnlyDictionary<string, double> max, double flagThreshold, MoneySplit money)
    {
        _max = max.ToFrozenDictionary(StringComparer.Ordinal);
        FlagThreshold = flagThreshold;
        Money = money;
    }

    /// <summary>The shipped weights.</summary>
    public static RiskWeights Default { get; } = Load();

    /// <summary>Total (0..100) from which a network is flagged for review.</summary>
    public double FlagThreshold { get; }

    /// <summary>How the money part's points are shared between its three figures.</summary>
    public MoneySplit Money { get; }

    /// <summary>Names of the parts, in the order of the data file.</summary>
    public IEnumerable<string> Parts => _max.Keys;

    /// <summary>The most points of a part; throws for a part the weights do not know (a typo must not score 0 silently).</summary>
    public double Max(string part) =>
        _max.TryGetValue(part, out var max) ? max : throw new ArgumentException($"no weight for risk part '{part}'", nameof(part));

    /// <summary>Reads weights from JSON (<c>{"flag_threshold": N, "parts": {"name": points, …}}</c>); the parts must sum to 100.</summary>
    public static RiskWeights Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var threshold = root.GetProperty("flag_threshold").GetDouble();
        var parts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in root.GetProperty("parts").EnumerateObject())
        {
            var v = p.Value.GetDouble();
            if (v < 0)
            {
                throw new FormatException($"risk weight '{p.Name}' is negative");
            }

            parts.Add(p.Name, v);
        }

        var sum = parts.Values.Sum();
        if (Math.Abs(sum - 100) > 1e-9)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"risk weights sum to {sum}, not 100"));
        }

        if (threshold is <= 0 or > 100)
        {
            throw new FormatException("flag_threshold must lie in (0, 100]");
        }

        var m = root.GetProperty("money_flows_split");
        var money = new MoneySplit(m.GetProperty("collector").GetDouble(), m.GetProperty("abroad").GetDouble(), m.GetProperty("abroad_full_at").GetDouble(), m.GetProperty("cash_cities").GetDouble(), m.GetProperty("cash_min_cities").GetInt32());
        if (Math.Abs(money.Collector + money.Abroad + money.CashCities - 1) > 1e-9 || money.AbroadFullAt is <= 0 or > 1 || money.CashMinCities < 1)
        {
            throw new FormatException("money_flows_split: the three shares must sum to 1, abroad_full_at lie in (0, 1], cash_min_cities be at least 1");
        }

        return new RiskWeights(parts, threshold, money);
    }

    private static RiskWeights Load()
    {
        using var stream = typeof(RiskWeights).Assembly.GetManifestResourceStream("Threadline.Linking.Scoring.risk-weights.json")
            ?? throw new InvalidOperationException("embedded risk-weights.json is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>How the money part of a score is shared: a collector among the lead's accounts, money ending abroad (full at <see cref="AbroadFullAt"/> of the traced money), cash deposited in <see cref="CashMinCities"/> cities or more.</summary>
public sealed record MoneySplit(double Collector, double Abroad, double AbroadFullAt, double CashCities, int CashMinCities)
{
    /// <summary>The share (0..1) of the money part a lead earns.</summary>
    public double Share(bool collector, double abroadShare, int cashCities) =>
        (collector ? Collector : 0) + (Abroad * Math.Min(1, abroadShare / AbroadFullAt)) + (cashCities >= CashMinCities ? CashCities : 0);
}
