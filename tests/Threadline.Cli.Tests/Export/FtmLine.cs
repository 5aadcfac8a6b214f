using System.Text.Json;

namespace Threadline.Cli.Tests.Export;

/// <summary>One FtM entity as a line of an export holds it.</summary>
internal sealed record FtmLine(string Id, string Schema, IReadOnlyDictionary<string, List<string>> Properties, IReadOnlyList<string> Datasets)
{
    public static List<FtmLine> ReadAll(string path) => File.ReadLines(path).Where(l => l.Length > 0).Select(Parse).ToList();

    public static FtmLine Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var props = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var p in root.GetProperty("properties").EnumerateObject())
        {
            props[p.Name] = p.Value.EnumerateArray().Select(v => v.GetString()!).ToList();
        }

        var datasets = root.TryGetProperty("datasets", out var d) ? d.EnumerateArray().Select(v => v.GetString()!).ToList() : [];
        return new FtmLine(root.GetProperty("id").GetString()!, root.GetProperty("schema").GetString()!, props, datasets);
    }

    /// <summary>The entity in one comparable string: id, schema, datasets and every value.</summary>
    public string Canonical() =>
        $"{Id}|{Schema}|{string.Join(",", Datasets)}|" + string.Join("|", Properties.Select(p => p.Key + "=" + string.Join("\u001f", p.Value)));
}
