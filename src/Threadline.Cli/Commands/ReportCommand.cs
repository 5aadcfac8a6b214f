using System.CommandLine;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline report --out DIR</c>: a self-contained HTML report and the same as JSON.</summary>
internal static class ReportCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Folder for report.html and report.json (required)" };
        var flaggedOnly = new Option<bool>("--flagged-only") { Description = "Only networks flagged for review" };
        var command = new Command("report", "Write the linking results as a self-contained HTML report (opens offline) and as JSON");
        command.Options.Add(output);
        command.Options.Add(flaggedOnly);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var dir = context.OutputFolder(parse.GetValue(output) ?? throw new CliException("--out DIR is required", ExitCodes.Usage), "--out");
            using var store = context.OpenReadOnlyStore();
            var (html, json) = ProgressRunner.RunJob(context, "Writing the report", progress => ReportJob.Write(store, dir, parse.GetValue(flaggedOnly), progress, context.Cancellation));
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { html, json });
            }
            else
            {
                context.Console.MarkupLine("Report written: [blue]{0}[/] (and {1})", Terminal.Escape(html), Terminal.Escape(Path.GetFileName(json)));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
