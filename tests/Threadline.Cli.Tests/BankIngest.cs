using System.Text.Json;

namespace Threadline.Cli.Tests;

/// <summary>Runs <c>ingest transactions</c> and reads back what it stored and quarantined.</summary>
internal static class BankIngest
{
    /// <summary>Ingests with <c>--json</c> and a quarantine file beside the workspace; returns the summary.</summary>
    public static JsonElement Run(CliRunner cli, params string[] args)
    {
        var result = cli.Run(["ingest", "transactions", .. args, "--workspace", cli.Workspace, "--quarantine", Quarantine(cli), "--json"]);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");
        using var doc = JsonDocument.Parse(result.Output);
        return doc.RootElement.Clone();
    }

    public static string Quarantine(CliRunner cli) => Path.Combine(cli.Directory, "bank-quarantine.jsonl");

    /// <summary>The quarantine file's objects (none when the file does not exist).</summary>
    public static IReadOnlyList<JsonElement> QuarantineLines(CliRunner cli) =>
        File.Exists(Quarantine(cli))
            ? File.ReadAllLines(Quarantine(cli)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList()
            : [];

    /// <summary>The values of one property over every stored Payment.</summary>
    public static IReadOnlyList<string> PaymentValues(CliRunner cli, string property)
    {
        var file = Path.Combine(cli.Directory, "payments.jsonl");
        var export = cli.Run("export", "--format", "workspace", "--type", "Payment", "--workspace", cli.Workspace, "--out", file);
        Assert.True(export.ExitCode == 0, export.Error);
        return File.ReadAllLines(file)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .Where(p => p.GetProperty("properties").TryGetProperty(property, out _))
            .SelectMany(p => p.GetProperty("properties").GetProperty(property).EnumerateArray().Select(v => v.GetString()!))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
