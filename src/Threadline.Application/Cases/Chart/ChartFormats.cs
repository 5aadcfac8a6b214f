namespace Threadline.Application.Cases.Chart;

/// <summary>The files a case chart is exported as: name (CLI <c>--format</c>, URL), content type, extension, writer.</summary>
public static class ChartFormats
{
    private static readonly Dictionary<string, (string ContentType, string Extension, Action<ChartDisclosure, Stream> Write)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gexf"] = ("application/xml", "gexf", ChartGexf.Write),
        ["i2"] = ("application/zip", "i2.zip", ChartI2.Write),
        ["svg"] = ("image/svg+xml", "svg", ChartSvg.Write),
    };

    public static IReadOnlyCollection<string> Names => Known.Keys;

    public static bool TryGet(string? name, out (string ContentType, string Extension, Action<ChartDisclosure, Stream> Write) format) =>
        Known.TryGetValue(name ?? string.Empty, out format);

    /// <summary>A file name for the export: case, purpose, extension, ASCII only.</summary>
    public static string FileName(ChartDisclosure d, string extension)
    {
        ArgumentNullException.ThrowIfNull(d);
        var safe = new string(d.Reference.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return $"case-{safe}-chart-{d.PurposeName}.{extension}";
    }
}
