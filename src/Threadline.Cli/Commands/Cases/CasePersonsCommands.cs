using System.CommandLine;
using System.Globalization;
using Threadline.Application.Cases;
using Threadline.Cases.Model;
using Threadline.Cases.Persons;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary>
/// <c>case persons propose|show|confirm|reject|unsure REF …</c>: candidate persons from the case's bookings, bank files
/// and ads, matched across sources; an analyst decides each proposed match with <c>--reason</c> (kept with the
/// decision and in the audit trail). Confirming makes or grows a case person (a new one needs <c>--category</c>).
/// </summary>
internal static class CasePersonsCommands
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("persons", "Persons from bookings, bank files and ads, matched across sources; confirm, reject or mark unsure");
        command.Subcommands.Add(Propose(options, environment));
        command.Subcommands.Add(Show(options, environment));
        command.Subcommands.Add(Decide(options, environment, "confirm", MatchStatus.Confirmed, "Confirm a match: the two records are one case person (made or grown; a new one needs --category)"));
        command.Subcommands.Add(Decide(options, environment, "reject", MatchStatus.Rejected, "Reject a match: different people (never proposed again)"));
        command.Subcommands.Add(Decide(options, environment, "unsure", MatchStatus.Unsure, "Mark a match unsure (it stays open)"));
        return command;
    }

    private static Command Propose(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var threshold = new Option<double>("--threshold") { Description = "Match probability from which a pair is proposed (0.01-1, default 0.5)", DefaultValueFactory = _ => 0.5 };
        var command = new Command("propose", "Gather candidate persons from the case's sources and propose matches across sources, with their evidence");
        CaseCli.Add(command, reference, threshold);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var t = parse.GetValue(threshold);
            if (t is < 0.01 or > 1 || double.IsNaN(t))
            {
                throw new CliException("--threshold: a match probability from 0.01 to 1", ExitCodes.Usage);
            }

            using var session = CaseCli.Open(context, write: true, r);
            var result = CasePersons.Propose(session.Workspace, session.Files, r, session.Actor, DateTimeOffset.UtcNow, t);
            var kinds = result.Records.Records.GroupBy(x => x.Source).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new
                {
                    reference = r,
                    candidates = result.Records.Records.Length,
                    candidatePairs = result.CandidatePairs,
                    proposed = result.Proposed.Count,
                    @new = result.Saved.New,
                    rescored = result.Saved.Rescored,
                    unchanged = result.Saved.Unchanged,
                    decidedEarlier = result.Saved.Decided,
                    note = result.Note,
                });
                return ExitCodes.Ok;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"case {r}: {result.Records.Records.Length} candidate persons ({string.Join(", ", kinds)}); {result.Proposed.Count} matches across sources at >= {t:0.##}: {result.Saved.New} new, {result.Saved.Rescored} re-scored, {result.Saved.Unchanged} unchanged, {result.Saved.Decided} decided earlier"));
            if (result.Note is { } note)
            {
                context.Out.WriteLine("note: " + note);
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Command Show(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var command = new Command("show", "Show candidate persons, proposed matches with their evidence, and persons confirmed from matches");
        CaseCli.Add(command, reference);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            using var session = CaseCli.Open(context, write: false, r);
            var report = CasePersonsReport.Of(session.Files, r);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, report);
                return ExitCodes.Ok;
            }

            var o = context.Out;
            if (report.GatheredAt is null)
            {
                o.WriteLine($"case {r}: no persons gathered yet (threadline case persons propose {r})");
                return ExitCodes.Ok;
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"case {r}: {report.Candidates.Count} candidate persons gathered {report.GatheredAt:yyyy-MM-dd HH:mm}Z"));
            foreach (var c in report.Candidates)
            {
                o.WriteLine($"  {c.Id}  [{c.Source}] {Terminal.Clean(c.Name ?? "-")}  {Terminal.Clean(c.Email ?? string.Empty)} {Terminal.Clean(c.Phone ?? string.Empty)}  ({Terminal.Clean(c.Reference)}){(c.PersonId is null ? string.Empty : " -> " + c.PersonId)}");
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matches: {report.Matches.Count}"));
            foreach (var m in report.Matches)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Id}  {m.Status,-9} p={m.Probability:0.000} w={m.Weight:0.0}  {Terminal.Clean(m.LabelA)} [{m.SourceA}] <-> {Terminal.Clean(m.LabelB)} [{m.SourceB}]"));
                foreach (var e in m.Evidence)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {e.Comparison}: {e.Level} ({e.Weight:+0.00;-0.00})"));
                }

                if (m.DecidedBy is not null)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {m.Status} by {m.DecidedBy} {m.DecidedAt:yyyy-MM-dd HH:mm}Z: {Terminal.Clean(m.Reason ?? string.Empty)}{(m.PersonId is null ? string.Empty : " (person " + m.PersonId + ")")}"));
                }
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"persons confirmed from matches: {report.Persons.Count}"));
            foreach (var p in report.Persons)
            {
                o.WriteLine($"  {p.Id} ({p.Category}) {Terminal.Clean(p.Name)}: {string.Join(", ", p.Sources)}");
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Command Decide(GlobalOptions options, CliEnvironment environment, string name, MatchStatus status, string description)
    {
        var reference = CaseCli.ReferenceArgument();
        var match = new Argument<string>("match") { Description = "The match id (m-…, see `case persons show`)" };
        var category = new Option<string?>("--category") { Description = "A new person's data-subject category (LED Art. 6): suspect, convicted, witness, contact or other" };
        var into = new Option<string?>("--person") { Description = "Merge into this existing case person" };
        var marking = CaseCli.MarkingOption("B2 H0");
        var command = new Command(name, description + "; needs --reason");
        if (status == MatchStatus.Confirmed)
        {
            CaseCli.Add(command, reference, match, category, into, marking);
        }
        else
        {
            CaseCli.Add(command, reference, match);
        }

        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var reason = parse.GetValue(options.Reason);
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new CliException($"case persons {name} needs --reason \"why\" (kept with the decision and in the audit trail)", ExitCodes.Usage);
            }

            DataSubjectCategory? c = null;
            if (status == MatchStatus.Confirmed && parse.GetValue(category) is { } text)
            {
                try
                {
                    c = DataSubjectCategories.Parse(text);
                }
                catch (FormatException ex)
                {
                    throw new CliException("--category: " + ex.Message, ex, ExitCodes.Usage);
                }
            }

            var mark = status == MatchStatus.Confirmed ? CaseCli.Marking(parse.GetValue(marking)!, null) : null;
            var r = parse.GetValue(reference)!;
            using var session = CaseCli.Open(context, write: true, r);
            var decision = session.Files.DecideMatch(r, parse.GetValue(match)!, status, reason, session.Actor, DateTimeOffset.UtcNow, c, status == MatchStatus.Confirmed ? parse.GetValue(into) : null, mark);
            context.Out.WriteLine($"case {r}: match {Terminal.Clean(parse.GetValue(match)!)} {decision.Status.ToString().ToLowerInvariant()}{(decision.PersonId is null ? string.Empty : " as person " + decision.PersonId)}");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
