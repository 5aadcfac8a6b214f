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
            statements.Add(Payment(id, "payerName", i % 4 == 0 ? "Zoë" : "Anna", "camt-2", (i + 2) % 3, $"camt2-{i}.xml:{i}"));
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

        var withFacts = new ValueColumns(columns.Names, details: ["payerName", "purpose"]);
        AssertSameFacts(store, "Payment", withFacts, 1300);

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

    [ComplianceFact]
    public void Values_of_a_few_properties_among_many_are_the_whole_entities_values()
    {
        var store = NewStore();
        var statements = new List<Statement>();
        // Ads with a dozen statements each, a phone or an e-mail on some of them (from two producers, on two days), and
        // bank accounts with phones written between them: a store may read the few rows asked for by their property.
        for (var i = 0; i < 1200; i++)
        {
            var id = $"ad-{(i * 7919) % 1200:D4}";
            foreach (var property in new[] { "title", "body", "city", "country", "postedAt", "site", "url", "language" })
            {
                statements.Add(Ad(id, property, $"{property} {i % 97}", day: i % 5));
            }

            if (i % 3 == 0)
            {
                statements.Add(Ad(id, "phone", $"+3247000{i % 40:D4}", day: 2, producer: "extract.phone", locator: $"ads.jsonl:{i}"));
                statements.Add(Ad(id, "phone", $"+3247100{i % 7:D4}", day: 1, source: "src-b", producer: "extract.phone", locator: null));
            }

            if (i % 4 == 0)
            {
                statements.Add(Ad(id, "email", $"e{i % 13}@mail.example", day: 1, producer: "extract.email", locator: $"ads.jsonl:{i}"));
                // The same value from another file on the same day: which of the two comes first is the store's order.
                statements.Add(Ad(id, "email", $"e{i % 13}@mail.example", day: 1, source: "src-e", producer: "extract.email", locator: $"copy.jsonl:{i}") with { Detail = i % 8 == 0 ? "{\"term\":\"e\"}" : null });
            }

            if (i % 50 == 0)
            {
                statements.Add(new Statement($"account-{i}", "BankAccount", "phone", "+32470009999", "src-c", "bank.csv:1", "ingest.transactions", "1.0", Day0, Day0));
            }
        }

        foreach (var batch in statements.Chunk(3000))
        {
            store.Write(batch);
        }

        var columns = new ValueColumns(["phone", "email"]);
        var values = store.ValuesInStorageOrder("Advertisement", columns).ToList();
        var expected = store.EntitiesInStorageOrder("Advertisement", columns.Names).Select(e => EntityValues.Of(e, columns)).ToList();

        Assert.Equal(600, values.Count);
        Assert.Equal(expected.Select(e => e.Id), values.Select(e => e.Id));
        foreach (var (got, want) in values.Zip(expected))
        {
            Assert.Equal(want.Get("phone").ToArray(), got.Get("phone").ToArray());
            Assert.Equal(want.Get("email").ToArray(), got.Get("email").ToArray());
            Assert.Equal(want.Locator, got.Locator);
        }

        Assert.Contains(values, v => v.Get("phone").Length == 2 && v.Get("email").Length == 1);
        Assert.Contains(values, v => v.Locator?.StartsWith("copy", StringComparison.Ordinal) == true);
        Assert.Contains(values, v => v.Locator?.StartsWith("ads", StringComparison.Ordinal) == true);
        Assert.Equal(24, store.ValuesInStorageOrder("BankAccount", columns).Count());
        AssertSameFacts(store, "Advertisement", new ValueColumns(["phone", "email"], details: ["email"]), 600);
        AssertSameFacts(store, "Advertisement", new ValueColumns(["phone", "email"], facts: ["phone", "email"]), 600);
        AssertSameFacts(store, "Advertisement", new ValueColumns(["phone", "email"], facts: ["email"]), 600);
        Assert.Throws<InvalidOperationException>(() => values[0].Facts("phone"));
    }

    /// <summary>Each value's facts (first and last seen, first locator, evidence) as the whole entity gives them.</summary>
    private static void AssertSameFacts(IWorkspaceStore store, string schema, ValueColumns columns, int count)
    {
        var values = store.ValuesInStorageOrder(schema, columns).ToList();
        var expected = store.EntitiesInStorageOrder(schema, columns.Names).Select(e => EntityValues.Of(e, columns)).ToList();
        Assert.Equal(count, values.Count);
        Assert.Equal(expected.Select(e => e.Id), values.Select(e => e.Id));
        foreach (var (got, want) in values.Zip(expected))
        {
            foreach (var property in columns.Names)
            {
                Assert.Equal(want.Get(property).ToArray(), got.Get(property).ToArray());
                if (!columns.WantsFacts(columns.IndexOf(property)))
                {
                    Assert.Throws<InvalidOperationException>(() => got.Facts(property));
                    continue;
                }

                var g = got.Facts(property);
                var w = want.Facts(property);
                Assert.Equal(w.Select(f => (f.Value, f.FirstSeen, f.LastSeen, f.Locator)), g.Select(f => (f.Value, f.FirstSeen, f.LastSeen, f.Locator)));
                Assert.Equal(w.Select(f => string.Join("|", f.Details)), g.Select(f => string.Join("|", f.Details)));
            }
        }
    }

    // Seen for a few days from the given one; evidence from the camt files only, naming the day.
    private static Statement Payment(string id, string property, string value, string source, int? day, string? locator) =>
        new(
            id, "Payment", property, value, source, locator, "ingest.transactions", "1.0",
            day is { } d ? Day(d) : null, day is { } e ? Day(e + (value.Length % 3)) : null,
            source.StartsWith("camt", StringComparison.Ordinal) ? $"{{\"day\":{day?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}}}" : null);
}
