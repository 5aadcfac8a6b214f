using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Simulation.Truth;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline eval --truth DIR</c>: measures the workspace against the simulator's ground truth.</summary>
internal static class EvalCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var truth = new Option<string?>("--truth") { Description = "Folder written by `threadline simulate` (holds truth/)" };
        var command = new Command("eval", "Measure ingest, extraction, linking and money results against a simulated world's ground truth");
        command.Options.Add(truth);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var folder = parse.GetValue(truth) ?? throw new CliException("--truth DIR is required (a folder written by `threadline simulate`)", ExitCodes.Usage);
            var truthSet = EvalJob.LoadTruth(context.ResolvePath(folder));
            using var store = context.OpenReadOnlyStore();
            var sections = ProgressRunner.RunJob(context, "Measuring", progress => EvalJob.Measure(truthSet, store, progress, context.Cancellation));
            Render(context, sections);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void Render(CommandContext context, IReadOnlyList<EvalSection> sections)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, sections.Select(s => new
            {
                section = s.Title,
                metrics = s.Metrics.Select(m => new { name = m.Name, value = m.Value, target = m.Target, met = m.Met }),
                tables = s.Tables.Select(t => new { title = t.Title, header = t.Header, rows = t.Rows }),
                notes = s.Notes,
            }));
            return;
        }

        foreach (var section in sections)
        {
            var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"[bold]{Terminal.Escape(section.Title)}[/]") };
            table.AddColumn("metric");
            table.AddColumn(new TableColumn("value").RightAligned());
            table.AddColumn("target");
            foreach (var m in section.Metrics)
            {
                var mark = m.Met switch { true => "[green]met[/]", false => "[red]not met[/]", null => string.Empty };
                table.AddRow(Terminal.Escape(m.Name), m.Value.ToString(m.Format, CultureInfo.InvariantCulture), m.Target is null ? string.Empty : $"{Terminal.Escape(m.Target)} {mark}");
            }

            context.Console.Write(table);
            foreach (var extra in section.Tables)
            {
                var t = new Table { Border = TableBorder.Simple, Title = new TableTitle(Terminal.Escape(extra.Title)) };
                foreach (var h in extra.Header)
                {
                    t.AddColumn(Terminal.Escape(h));
                }

                foreach (var row in extra.Rows)
                {
                    t.AddRow(row.Select(Terminal.Escape).ToArray());
                }

                context.Console.Write(t);
            }

            foreach (var note in section.Notes)
            {
                context.Console.MarkupLine("[grey]{0}[/]", Terminal.Escape(note));
            }
        }
    }
}
