using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Threadline.Linking;

/// <summary>
/// Renders a <see cref="LinkResult"/> as a self-contained HTML report (inline CSS and JS, nothing fetched,
/// every piece of ad text escaped) and as JSON with the same content.
/// </summary>
public static class ReportRenderer
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>Writes the HTML report to <paramref name="writer"/>; <paramref name="ads"/> gives the source ads (titles, locators, images).</summary>
    public static void WriteHtml(TextWriter writer, LinkResult result, IEnumerable<AdFeatures> ads, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ads);
        var byId = new Dictionary<string, AdFeatures>(StringComparer.Ordinal);
        foreach (var ad in ads)
        {
            byId.TryAdd(ad.AdId, ad);
        }

        new Report.HtmlReport(result, byId, options ?? new ReportOptions(), writer).Write();
    }

    /// <summary>The HTML report as a string.</summary>
    public static string RenderHtml(LinkResult result, IEnumerable<AdFeatures> ads, ReportOptions? options = null)
    {
        using var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteHtml(sw, result, ads, options);
        return sw.ToString();
    }

    /// <summary>Writes the result as JSON (snake_case names, enums as strings), with the lead notice first.</summary>
    public static void WriteJson(Stream stream, LinkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        JsonSerializer.Serialize(stream, new JsonReport(LinkResult.LeadNotice, result), Json);
    }

    /// <summary>Writes both files into <paramref name="directory"/> (report.html and report.json) and returns their paths.</summary>
    public static (string Html, string Json) WriteFiles(string directory, LinkResult result, IEnumerable<AdFeatures> ads, ReportOptions? options = null)
    {
        Directory.CreateDirectory(directory);
        var html = Path.Combine(directory, "report.html");
        var json = Path.Combine(directory, "report.json");
        using (var w = new StreamWriter(html, false, new System.Text.UTF8Encoding(false)))
        {
            WriteHtml(w, result, ads, options);
        }

        using (var s = File.Create(json))
        {
            WriteJson(s, result);
        }

        return (html, json);
    }

    private sealed record JsonReport(string Notice, LinkResult Result);
}
