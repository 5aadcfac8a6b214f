using Threadline.Core.Statements;
using static Threadline.Storage.Compliance.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>The values read: what the whole-entity read gives, without the statements.</summary>
public abstract partial class WorkspaceStoreCompliance
{
    [ComplianceFact]
    public void Values_in_storage_order_are_the_whole_entities_values_and_first_locator()
    {
        var store = NewStore();
        var statements = new List<Statement>();
        // More entities than one page of any engine, each with values from two files, some on other days, some
        // without a first-seen time or a locator, one value given by both files, and properties not asked for.
        for (var i = 0; i < 1300; i++)
        {
            var id = $"pay-{(i * 7919) % 1300:D4}";
            statements.Add(Payment(id, "amount", (i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture), "camt", i % 3, $"camt-{i}.xml:{i}"));
            statements.Add(Payment(id, "amount", (i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture), "csv", i % 3, $"csv-{i}.csv:{i}"));
            statements.Add(Payment(id, "payerName", i % 4 == 0 ? "Zoë" : "Anna", "camt", (i + 1) % 3, $"camt-{i}.xml:{i}"));
            statements.Add(Payment(id, "payerName", i % 5 == 0 ? "Bea" : "Anna", "csv", i % 2, null));
            statements.Add(Payment(id, "city", "Gent", "csv", null, $"csv-{i}.csv:{i}"));
            statements.Add(Payment(id, "purpose", $"rent {i}", "camt", i % 2 == 0 ? null : 1, null));
            if (i % 3 == 0)
            {
                statements.Add(Payment(id, "account", "acc-1", "camt", 0, $"camt-{i}.xml:1"));
            }

            if (i % 10 == 0)
            {
                statements.Add(Payment($"lone-{i}", "method", "Cash", "csv", 0, "x.csv:1"));
            }
        }

        store.Write(statements);
        var columns = new ValueColumns(["purpose", "amount", "payerName", "account", "city", "nothing", "payerName"]);

        var values = store.ValuesInStorageOrder("Payment", columns).ToList();
        var expected = store.EntitiesInStorageOrder("Payment", columns.Names).Select(e => EntityValues.Of(e, columns)).ToList();

        Assert.Equal(1300, values.Count);
        Assert.Equal(expected.Select(e => e.Id), values.Select(e => e.Id));
        Assert.Equal(1300, values.Select(e => e.Id).Distinct().Count());
        foreach (var (got, want) in values.Zip(expected))
        {
            foreach (var property in columns.Names.Append("method"))
            {
                Assert.Equal(want.Get(property).ToArray(), got.Get(property).ToArray());
            }

            Assert.Equal(want.Locator, got.Locator);
        }

        Assert.Contains(values, v => v.Get("payerName").Length == 2);
        Assert.All(values, v => Assert.Single(v.Get("amount")));
        Assert.Empty(values[0].Get("method"));
        Assert.Null(values[0].First("nothing"));
    }

    [ComplianceFact]
    public void Values_leave_out_entities_without_the_properties_and_unknown_names()
    {
        var store = NewStore();
        store.Write([Ad("ad-1", "title", "t1"), Ad("ad-1", "city", "Gent"), Ad("ad-2", "title", "t2"), Ad("ad-3", "city", "Liège", day: 2), Ad("ad-3", "city", "Namur", day: 1)]);

        var cities = store.ValuesInStorageOrder("Advertisement", new ValueColumns(["city", "phone"])).ToList();

        Assert.Equal(["ad-1", "ad-3"], cities.Select(e => e.Id).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["Namur", "Liège"], cities.Single(e => e.Id == "ad-3").Get("city").ToArray());
        Assert.Empty(cities.Single(e => e.Id == "ad-1").Get("title"));
        Assert.Empty(store.ValuesInStorageOrder("Advertisement", new ValueColumns(["nothing"])));
        Assert.Empty(store.ValuesInStorageOrder("Nothing", new ValueColumns(["city"])));
        Assert.Throws<ArgumentException>(() => new ValueColumns([]));
    }

    private static Statement Payment(string id, string property, string value, string source, int? day, string? locator) =>
        new(id, "Payment", property, value, source, locator, "ingest.transactions", "1.0", day is { } d ? Day(d) : null, day is { } e ? Day(e) : null);
}
