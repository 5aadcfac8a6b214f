using System.CommandLine;
using Threadline.Cases.Store;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary><c>threadline case deadlines [--within 7d] [REF]</c>: the limits not yet met that pass soon (or have passed), across cases.</summary>
internal static class CaseDeadlinesCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var reference = new Argument<string?>("reference") { Description = "Only this case (default: every case)", Arity = System.CommandLine.ArgumentArity.ZeroOrOne };
        var within = new Option<string>("--within") { Description = "How far ahead: 12h, 7d, 2w (default 7d); overdue ones are always listed", DefaultValueFactory = _ => "7d" };
        var all = new Option<bool>("--all") { Description = "Every deadline, met or not, whenever it passes" };
        var now = new Option<string?>("--now") { Description = "Evaluate at this instant instead of the clock (2026-03-15T09:00+01:00)" };
        var command = new Command("deadlines", "Deadline alerts: EAW and request limits, tasks, reflection periods (those you may see) passing in the next days");
        CaseCli.Add(command, reference, within, all, now);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var window = CaseCli.Duration(parse.GetValue(within)!, "--within");
            var at = CaseCli.Instant(parse.GetValue(now), "--now") ?? DateTimeOffset.UtcNow;
            var r = parse.GetValue(reference);
            using var session = CaseCli.Open(context, write: false, r);
            var deadlines = session.Files.Deadlines(session.Actor, r);
            var shown = parse.GetValue(all) ? deadlines : CaseFiles.Upcoming(deadlines, at, window).Select(x => x.Deadline).ToList();
            if (context.Json)
            {
                JsonOutput.Write(context.Out, shown.Select(d => CaseViews.Deadline(d, at)));
                return ExitCodes.Ok;
            }

            foreach (var d in shown)
            {
                context.Out.WriteLine(CaseViews.DeadlineLine(d, at));
            }

            context.Out.WriteLine(shown.Count == 0 ? "no deadline passes in that window" : $"{shown.Count} deadline(s)");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
