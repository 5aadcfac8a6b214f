using Threadline.Application.Export;

namespace Threadline.Web.Api;

/// <summary>The files a network lead can be downloaded as for other tools (Aleph, Gephi, i2), by the name used in the URL.</summary>
internal static class NetworkExportFormats
{
    private static readonly Dictionary<string, (ExportFormat Format, string ContentType, string Extension)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ftm"] = (ExportFormat.Ftm, "application/x-ndjson", "ftm.json"),
        ["ftm-statements"] = (ExportFormat.FtmStatements, "application/x-ndjson", "statements.json"),
        ["ftm-statements-csv"] = (ExportFormat.FtmStatementsCsv, "text/csv", "statements.csv"),
        ["gexf"] = (ExportFormat.Gexf, "application/xml", "gexf"),
        ["i2"] = (ExportFormat.I2, "application/zip", "i2.zip"),
        ["csv"] = (ExportFormat.Csv, "application/zip", "csv.zip"),
    };

    /// <summary>The names accepted in <c>/api/networks/{id}/export/{format}</c>.</summary>
    public static IReadOnlyCollection<string> Names => Known.Keys;

    public static bool TryGet(string name, out (ExportFormat Format, string ContentType, string Extension) format) =>
        Known.TryGetValue(name, out format);
}
