using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline extract</c>: phones, contact points, attributes and indicators from ad text.</summary>
internal static class ExtractCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var all = new Option<bool>("--all") { Description = "Re-extract every ad (after an upgrade), replacing earlier extraction results" };
        var command = new Command("extract", "Extract phones (however written), e-mails, handles, ages, nationalities, cities, prices and indicators from new or changed ads");
        command.Options.Add(all);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = context.OpenExistingStore();
            var summary = Run(context, store, parse.GetValue(all));
            Report(context, summary);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static ExtractSummary Run(CommandContext context, IWorkspaceStore store, bool all) =>
        ProgressRunner.RunJob(context, "Extracting", progress => ExtractJob.Run(store, all, progress, context.Cancellation));

    public static void Report(CommandContext context, ExtractSummary summary)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new { ads = summary.Ads, statements_inserted = summary.Statements.Inserted, statements_updated = summary.Statements.Updated, seconds = summary.Elapsed.TotalSeconds });
            return;
        }

        var rate = summary.Elapsed.TotalSeconds > 0 ? summary.Ads / summary.Elapsed.TotalSeconds : 0;
        context.Console.MarkupLine(CultureInfo.InvariantCulture, "Extracted from [bold]{0:N0}[/] new or changed ads: {1:N0} new statements in {2:F1} s ({3:N0} ads/s)", summary.Ads, summary.Statements.Inserted, summary.Elapsed.TotalSeconds, rate);
    }
}
