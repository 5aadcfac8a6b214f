using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Core.Model;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline export</c>: entities as FollowTheMoney JSON Lines, to a file or stdout.</summary>
internal static class ExportCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var types = new Option<string[]>("--type", "-t") { Description = "Only these entity types (repeatable), e.g. Advertisement", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout" };
        var statements = new Option<bool>("--statements") { Description = "Add each value's provenance (source, locator, producer, first/last seen, detail)" };
        var command = new Command("export", "Export entities as FollowTheMoney JSON Lines ({\"id\",\"schema\",\"properties\"})");
        command.Options.Add(types);
        command.Options.Add(output);
        command.Options.Add(statements);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var wanted = (parse.GetValue(types) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var type in wanted)
            {
                if (!SchemaModel.Default.TryGet(type, out _))
                {
                    throw new CliException($"unknown type '{type}' (known: {string.Join(", ", SchemaModel.Default.Schemata.Keys)})", ExitCodes.Usage);
                }
            }

            var outPath = parse.GetValue(output) is { } given ? context.OutputFile(given, "--out") : null;
            using var store = context.OpenReadOnlyStore();
            long written;
            using (var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath))
            {
                if (outPath is null)
                {
                    context.Out.Flush();
                }

                written = ExportJob.Run(store, stream, wanted, parse.GetValue(statements), null, context.Cancellation);
            }

            if (outPath is not null)
            {
                context.Console.MarkupLine(CultureInfo.InvariantCulture, "Exported {0:N0} entities to {1}", written, Terminal.Escape(outPath));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
