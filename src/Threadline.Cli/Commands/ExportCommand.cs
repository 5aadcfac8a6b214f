using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline export</c>: the workspace, one network lead or some types as FollowTheMoney entities or statements,
/// GEXF for Gephi, i2 tables or plain CSV (docs/formats.md, "Exports"); to a file or stdout.
/// </summary>
internal static class ExportCommand
{
    /// <summary>The names of the formats on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, ExportFormat> Formats = new Dictionary<string, ExportFormat>(StringComparer.Ordinal)
    {
        ["ftm"] = ExportFormat.Ftm,
        ["ftm-statements"] = ExportFormat.FtmStatements,
        ["ftm-statements-csv"] = ExportFormat.FtmStatementsCsv,
        ["gexf"] = ExportFormat.Gexf,
        ["i2"] = ExportFormat.I2,
        ["csv"] = ExportFormat.Csv,
        ["workspace"] = ExportFormat.Workspace,
    };

    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var format = new Option<string>("--format", "-f") { Description = "ftm (FollowTheMoney entities, JSON Lines), ftm-statements, ftm-statements-csv, gexf (Gephi), i2 (ZIP of entity and link tables), csv (ZIP, one table per type), workspace (Threadline's own entities)", DefaultValueFactory = _ => "ftm" };
        var types = new Option<string[]>("--type", "-t") { Description = "Only these Threadline types (repeatable), e.g. Advertisement, Persona, Payment", AllowMultipleArgumentsPerToken = true };
        var network = new Option<string?>("--network", "-n") { Description = "Only this network lead, with its personas, ads, bookings, accounts and payments" };
        var dataset = new Option<string>("--dataset") { Description = "FollowTheMoney dataset name the values are filed under", DefaultValueFactory = _ => ExportRequest.DefaultDataset };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout" };
        var statements = new Option<bool>("--statements") { Description = "With --format workspace: add each value's provenance (source, locator, producer, first/last seen, detail)" };
        var command = new Command("export", "Export entities for Aleph and FtM tools, Gephi, i2 Analyst's Notebook or spreadsheets");
        foreach (var option in new Option[] { format, types, network, dataset, output, statements })
        {
            command.Options.Add(option);
        }

        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            // --statements alone keeps its old meaning: Threadline's own entities with their provenance.
            var name = parse.GetValue(format) ?? "ftm";
            if (parse.GetValue(statements) && parse.GetResult(format) is null or { Implicit: true })
            {
                name = "workspace";
            }

            if (!Formats.TryGetValue(name, out var chosen))
            {
                throw new CliException($"unknown format '{name}' (known: {string.Join(", ", Formats.Keys)})", ExitCodes.Usage);
            }

            if (parse.GetValue(statements) && chosen != ExportFormat.Workspace)
            {
                throw new CliException("--statements goes with --format workspace; FollowTheMoney statements are --format ftm-statements", ExitCodes.Usage);
            }

            var wanted = (parse.GetValue(types) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var networkId = parse.GetValue(network);
            if (networkId is not null && wanted.Count > 0)
            {
                throw new CliException("give --network or --type, not both", ExitCodes.Usage);
            }

            var scope = networkId is not null ? ExportScope.Network(networkId) : ExportScope.OfTypes(wanted);
            var request = new ExportRequest(chosen, scope, parse.GetValue(dataset) ?? ExportRequest.DefaultDataset, parse.GetValue(statements));
            if (ExportJob.Problem(request) is { } problem)
            {
                throw new CliException(problem, ExitCodes.Usage);
            }

            var outPath = parse.GetValue(output) is { } given ? context.OutputFile(given, "--out") : null;
            using var store = context.OpenReadOnlyStore();
            ExportSummary summary;
            try
            {
                using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
                if (outPath is null)
                {
                    context.Out.Flush();
                }

                summary = outPath is null
                    ? ExportJob.Run(store, request, stream, null, context.Cancellation)
                    : ProgressRunner.RunJob(context, "Exporting", progress => ExportJob.Run(store, request, stream, progress, context.Cancellation));
            }
            catch (JobException) when (outPath is not null)
            {
                File.Delete(outPath);
                throw;
            }

            if (outPath is not null)
            {
                Report(context, summary, outPath);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Report(CommandContext context, ExportSummary summary, string outPath)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new
            {
                format = Formats.First(f => f.Value == summary.Format).Key,
                file = outPath,
                entities = summary.Entities,
                by_schema = summary.BySchema,
                statements = summary.Statements,
                values_left_out = summary.ValuesLeftOut,
                values_cut = summary.ValuesCut,
                entities_left_out = summary.EntitiesLeftOut,
                samples = summary.Samples,
            });
            return;
        }

        var console = context.Console;
        console.MarkupLine(CultureInfo.InvariantCulture, "Exported {0:N0} entities to {1}{2}", summary.Entities, Terminal.Escape(outPath), summary.Statements > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({summary.Statements:N0} statements)") : string.Empty);
        console.MarkupLine("[grey]{0}[/]", Terminal.Escape(string.Join(", ", summary.BySchema.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}")))));
        if (summary.ValuesLeftOut + summary.ValuesCut + summary.EntitiesLeftOut > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[yellow]{0:N0} values left out, {1:N0} cut to FollowTheMoney's limits, {2:N0} entities left out:[/]", summary.ValuesLeftOut, summary.ValuesCut, summary.EntitiesLeftOut);
            foreach (var sample in summary.Samples)
            {
                console.MarkupLine("  {0}", Terminal.Escape(sample));
            }
        }
    }
}
