using Threadline.Core.Statements;

namespace Threadline.Storage.Compliance;

/// <summary>Small builders for synthetic statements (fictional sites, no real people).</summary>
public static class Statements
{
    public static readonly DateTimeOffset Day0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Day(int day) => Day0.AddDays(day);

    public static Statement Ad(string entity, string property, string value, int day = 0, string source = "src-a", string producer = "ingest.ads", string? locator = "ads.jsonl:1") =>
        new(entity, "Advertisement", property, value, source, locator, producer, "1.0", Day(day), Day(day));

    public static Statement Of(string schema, string entity, string property, string value, string producer = "ingest.ads") =>
        new(entity, schema, property, value, "src-a", "ads.jsonl:1", producer, "1.0", Day0, Day0);

    /// <summary>A realistic ad as its statements.</summary>
    public static IEnumerable<Statement> FullAd(string id, string site, string country, string postedAt, string title, string body, int day = 0) =>
    [
        Ad(id, "site", site, day),
        Ad(id, "country", country, day),
        Ad(id, "postedAt", postedAt, day),
        Ad(id, "title", title, day),
        Ad(id, "body", body, day),
    ];
}
