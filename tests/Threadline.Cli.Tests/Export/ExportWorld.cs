using System.Text.Json;

namespace Threadline.Cli.Tests.Export;

/// <summary>
/// A small simulated workspace taken through the whole chain (ads, bookings, extract, link, bank files, money), and
/// every export of it written once for the tests that read them.
/// </summary>
public sealed class ExportWorld : IDisposable
{
    private readonly CliRunner _cli = new();

    public ExportWorld()
    {
        var world = Path.Combine(_cli.Directory, "world");
        Must("simulate", "--seed", "11", "--ads", "500", "--out", world);
        Must("ingest", "ads", Path.Combine(world, "ads"), "--workspace", Workspace);
        Must("ingest", "bookings", Path.Combine(world, "bookings"), "--workspace", Workspace);
        Must("extract", "--workspace", Workspace);
        Must("link", "--workspace", Workspace);
        Must("ingest", "transactions", Path.Combine(world, "bank"), "--workspace", Workspace);
        Must("money", "--workspace", Workspace);
        foreach (var format in new[] { "ftm", "ftm-statements", "ftm-statements-csv", "gexf", "i2", "csv" })
        {
            var result = Must("export", "--format", format, "--out", File(format), "--json", "--workspace", Workspace);
            Summaries[format] = result.Output;
        }

        using (var doc = JsonDocument.Parse(Must("networks", "--all", "--json", "--workspace", Workspace).Output))
        {
            NetworkId = doc.RootElement.GetProperty("networks")[0].GetProperty("id").GetString()!;
        }

        Must("export", "--format", "ftm", "--network", NetworkId, "--out", File("network-ftm"), "--workspace", Workspace);
        Must("export", "--format", "gexf", "--network", NetworkId, "--out", File("network-gexf"), "--workspace", Workspace);
    }

    public string Directory => _cli.Directory;

    public string Workspace => Path.Combine(_cli.Directory, "ws.db");

    public string NetworkId { get; }

    /// <summary>The <c>--json</c> summary each format's export printed.</summary>
    public Dictionary<string, string> Summaries { get; } = new(StringComparer.Ordinal);

    /// <summary>The file an export of this format was written to.</summary>
    public string File(string format) => Path.Combine(_cli.Directory, "export." + format);

    internal CliResult Run(params string[] args) => _cli.Run(args);

    public void Dispose() => _cli.Dispose();

    private CliResult Must(params string[] args)
    {
        var result = _cli.Run(args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"threadline {string.Join(' ', args)} failed ({result.ExitCode}): {result.Error}");
        }

        return result;
    }
}
