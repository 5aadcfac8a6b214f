using Threadline.Simulation.Core;

namespace Threadline.Simulation.Text;

/// <summary>Values filled into a plan's slots for one ad.</summary>
internal sealed record Slots(string Name, int Age, string Origin, string City, int Girls, int HeightCm, int WeightKg, string Measures, int P30, int P60, int PNight)
{
    /// <summary>Written forms of the name in other scripts and transliterations (writing styles), first the canonical one; null for one form.</summary>
    public IReadOnlyList<string>? NameForms { get; init; }

    public static Slots Draw(Rng rng, string name, int age, string origin, string city, PriceProfile prices)
    {
        var p30 = RoundTo(rng.Between(prices.P30[0], prices.P30[1]), 10);
        var p60 = Math.Max(p30 + 30, RoundTo(rng.Between(prices.P60[0], prices.P60[1]), 10));
        var night = RoundTo(rng.Between(prices.Night[0], prices.Night[1]), 100);
        var bust = rng.Between(80, 100);
        return new Slots(
            name,
            age,
            origin,
            city,
            rng.Between(2, 6),
            rng.Between(150, 180),
            rng.Between(45, 75),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bust}-{rng.Between(55, 70)}-{bust + rng.Between(-5, 5)}"),
            p30,
            p60,
            night);
    }

    private static int RoundTo(int v, int step) => (v + (step / 2)) / step * step;
}
