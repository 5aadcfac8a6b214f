using System.Collections.Frozen;
using System.Text.Json;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// The code lists FollowTheMoney's closed types allow (Data/ftm-codes.json: ISO 639-3 languages, topics), the
/// ISO 639-1 → 639-3 table for the languages Threadline detects, and each type's longest value. Checked against
/// the real model by a test.
/// </summary>
public static class FtmCodes
{
    private static readonly Lazy<(FrozenSet<string> Languages, FrozenSet<string> Topics, FrozenDictionary<string, string> Aliases)> Lists = new(Load);

    /// <summary>FtM's languages (ISO 639-3).</summary>
    public static FrozenSet<string> Languages => Lists.Value.Languages;

    /// <summary>FtM's topics.</summary>
    public static FrozenSet<string> Topics => Lists.Value.Topics;

    /// <summary>ISO 639-1 codes of the languages extraction detects, with their ISO 639-3 form.</summary>
    public static FrozenDictionary<string, string> LanguageAliases => Lists.Value.Aliases;

    /// <summary>FtM's genders.</summary>
    public static readonly FrozenSet<string> Genders = new[] { "female", "male", "other" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest value FtM accepts per property type (its types' <c>maxLength</c>).</summary>
    public static readonly FrozenDictionary<string, int> MaxLength = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["address"] = 250, ["checksum"] = 40, ["country"] = 16, ["date"] = 32, ["email"] = 250, ["entity"] = 200,
        ["gender"] = 16, ["html"] = 65_000, ["iban"] = 64, ["identifier"] = 64, ["ip"] = 64, ["json"] = 250,
        ["language"] = 16, ["mimetype"] = 250, ["name"] = 384, ["number"] = 250, ["phone"] = 64, ["string"] = 1024,
        ["text"] = 65_000, ["topic"] = 64, ["url"] = 4096,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static (FrozenSet<string>, FrozenSet<string>, FrozenDictionary<string, string>) Load()
    {
        using var stream = typeof(FtmCodes).Assembly.GetManifestResourceStream("Threadline.Application.Export.Ftm.ftm-codes.json")
            ?? throw new InvalidOperationException("The embedded FtM code lists are missing.");
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        static FrozenSet<string> Set(JsonElement e) => e.EnumerateArray().Select(v => v.GetString()!).ToFrozenSet(StringComparer.Ordinal);
        return (
            Set(root.GetProperty("languages")),
            Set(root.GetProperty("topics")),
            root.GetProperty("languageAliases").EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));
    }
}
