using Threadline.Money.Graph;

namespace Threadline.Money.Tests;

/// <summary>Hand-made transaction graphs for detector tests: accounts by short names, times in hours from a fixed origin.</summary>
internal sealed class GraphBuilder
{
    public static readonly DateTimeOffset Origin = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TransactionTableBuilder builder = new(keepIds: true);

    public GraphBuilder Tx(string from, string to, decimal amount, double hours, PaymentMethod method = PaymentMethod.Transfer, string? city = null)
    {
        var a = from == "cash" ? builder.Accounts.Cash : builder.Accounts.GetOrAdd(from);
        var b = to == "cash" ? builder.Accounts.Cash : builder.Accounts.GetOrAdd(to);
        builder.Add(a, b, (long)(amount * 100), Origin.AddHours(hours).ToUnixTimeSeconds(), method, builder.PlaceId(city), "t" + builder.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    public TransactionTable Build() => builder.Build();
}
