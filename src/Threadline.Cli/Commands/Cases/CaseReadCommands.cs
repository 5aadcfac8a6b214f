using System.CommandLine;
using System.Globalization;
using Threadline.Application.Cases;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Store;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary><c>case list</c>, <c>case show REF</c>, <c>case changes REF</c>: read a workspace's case files.</summary>
internal static class CaseReadCommands
{
    public static Command List(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("list", "List the workspace's cases");
        command.SetAction(CliApp.Guard(options, environment, (context, _) => CaseCli.Guard(() =>
        {
            using var session = CaseCli.Open(context, write: false, null);
            var cases = session.Files.List();
            if (context.Json)
            {
                JsonOutput.Write(context.Out, cases.Select(CaseViews.Header));
                return ExitCodes.Ok;
            }

            if (cases.Count == 0)
            {
                context.Out.WriteLine("no cases in this workspace: open one with `threadline case open --from-network ID …`");
            }

            foreach (var h in cases)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{h.Reference}  {h.Status,-9}  opened {h.OpenedAt:yyyy-MM-dd} by {h.OpenedBy}  {h.Title}"));
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Show(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var history = new Option<string?>("--history") { Description = "Show every version of one note, hypothesis or task (its id)" };
        var command = new Command("show", "Show a case: header, members, attachments, persons, entries, warrants, requests, action days");
        CaseCli.Add(command, reference, history);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            using var session = CaseCli.Open(context, write: false, r);
            var file = session.Files.Get(r);
            if (parse.GetValue(history) is { } entryId)
            {
                var versions = session.Files.EntryHistory(r, entryId);
                if (versions.Count == 0)
                {
                    throw new CliException($"case {r} has no note, hypothesis or task '{Terminal.Clean(entryId)}'");
                }

                if (context.Json)
                {
                    JsonOutput.Write(context.Out, versions.Select(v => new { version = v.Record.Version, at = v.Record.At, by = v.Record.By, text = v.Entry.Body, marking = v.Entry.Marking.Label }));
                    return ExitCodes.Ok;
                }

                foreach (var v in versions)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"v{v.Record.Version} {v.Record.At:yyyy-MM-dd HH:mm}Z by {v.Record.By} [{v.Entry.Marking.Label}]: {Terminal.Clean(v.Entry.Body)}"));
                }

                return ExitCodes.Ok;
            }

            var deadlines = session.Files.Deadlines(session.Actor, r);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, CaseViews.File(file, deadlines, DateTimeOffset.UtcNow));
                return ExitCodes.Ok;
            }

            CaseViews.Print(context.Out, file, deadlines, DateTimeOffset.UtcNow);
            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Changes(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var command = new Command("changes", "What later link runs changed in the case's network leads since they were attached (by stable ids)");
        CaseCli.Add(command, reference);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            using var session = CaseCli.Open(context, write: false, r);
            var changes = CaseJobs.Changes(session.Workspace, session.Files.Get(r), DateTimeOffset.UtcNow);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, changes.Select(c => new
                {
                    network = c.NetworkId,
                    attachedAt = c.AttachedAt,
                    gone = c.Gone,
                    scoreBefore = c.Then.Score,
                    scoreAfter = c.Diff?.ScoreAfter,
                    added = c.Diff?.Added ?? [],
                    removed = c.Diff?.Removed ?? [],
                    rescored = (c.Diff?.Rescored ?? []).Select(x => new { id = x.Id, before = x.Before, after = x.After }),
                }));
                return ExitCodes.Ok;
            }

            if (changes.Count == 0)
            {
                context.Out.WriteLine($"case {r} has no network lead attached");
            }

            foreach (var c in changes)
            {
                CaseViews.PrintChange(context.Out, c);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }
}
