using System.CommandLine;
using Threadline.Cases.Model;
using Threadline.Cases.Victims;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary><c>case member|status|note|person REF …</c>: who is in the case, its status, notes and persons.</summary>
internal static class CaseWriteCommands
{
    public static Command Member(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var user = new Option<string>("--user") { Description = "The user's name", Required = true };
        var role = new Option<string>("--role") { Description = "investigator, analyst, financial-investigator, victim-support, magistrate or observer", Required = true };
        var command = new Command("member", "Give a user a role in the case (its compartment)");
        CaseCli.Add(command, reference, user, role);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var member = new CaseMember(parse.GetValue(user)!, CaseCli.Enum<CaseRole>(parse.GetValue(role)!, "--role"));
            using var session = CaseCli.Open(context, write: true, r);
            session.Files.AddMember(r, member, session.Actor, DateTimeOffset.UtcNow);
            context.Out.WriteLine($"case {r}: {member.UserId} is {CaseCli.Dashed(member.Role)}");
            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Status(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var to = new Argument<string>("status") { Description = "open, suspended or closed" };
        var command = new Command("status", "Suspend, close or reopen the case (every change is kept)");
        CaseCli.Add(command, reference, to);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var status = CaseCli.Enum<CaseStatus>(parse.GetValue(to)!, "status");
            using var session = CaseCli.Open(context, write: true, r);
            session.Files.ChangeStatus(r, status, session.Actor, DateTimeOffset.UtcNow);
            context.Out.WriteLine($"case {r} is {status.ToString().ToLowerInvariant()}");
            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Note(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var id = new Option<string>("--id") { Description = "The entry's id; an existing id writes a new version (the earlier text is kept)", Required = true };
        var text = new Option<string>("--text") { Description = "The text", Required = true };
        var kind = new Option<string>("--kind") { Description = "note, hypothesis or task (default note)", DefaultValueFactory = _ => "note" };
        var state = new Option<string?>("--state") { Description = "A hypothesis's state: open, supported or refuted" };
        var assignee = new Option<string?>("--assignee") { Description = "A task's assignee" };
        var due = new Option<string?>("--due") { Description = "A task's due instant (2026-03-20T17:00+01:00)" };
        var done = new Option<string?>("--done") { Description = "When a task was done" };
        var marking = CaseCli.MarkingOption("B2 H0");
        var conditions = CaseCli.ConditionsOption();
        var command = new Command("note", "Add or edit a note, hypothesis or task, graded (4x4) and with its handling code");
        CaseCli.Add(command, reference, id, text, kind, state, assignee, due, done, marking, conditions);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var body = CaseCli.Bounded(parse.GetValue(text), "--text")!;
            var markingGiven = parse.GetResult(marking) is { Implicit: false };
            var mark = CaseCli.Marking(parse.GetValue(marking)!, parse.GetValue(conditions));
            var dueAt = CaseCli.Instant(parse.GetValue(due), "--due");
            var doneAt = CaseCli.Instant(parse.GetValue(done), "--done");
            using var session = CaseCli.Open(context, write: true, r);
            var now = DateTimeOffset.UtcNow;
            var existing = session.Files.Get(r).Case.Entries.FirstOrDefault(e => string.Equals(e.Id, parse.GetValue(id), StringComparison.Ordinal));
            var author = existing?.Author ?? session.Actor;
            var created = existing?.CreatedAt ?? now;

            // An edit keeps the entry's grading and handling unless --marking is given again.
            mark = existing is not null && !markingGiven ? existing.Marking : mark;
            CaseEntry entry = parse.GetValue(kind)!.Trim().ToLowerInvariant() switch
            {
                "note" => new Note(parse.GetValue(id)!, body, author, created, mark),
                "hypothesis" => new Hypothesis(parse.GetValue(id)!, body, author, created, mark, parse.GetValue(state) is { } s ? CaseCli.Enum<HypothesisState>(s, "--state") : HypothesisState.Open),
                "task" => doneAt is { } d
                    ? new CaseTask(parse.GetValue(id)!, body, author, created, mark, parse.GetValue(assignee), dueAt).Complete(d)
                    : new CaseTask(parse.GetValue(id)!, body, author, created, mark, parse.GetValue(assignee), dueAt),
                _ => throw new CliException("--kind must be note, hypothesis or task", ExitCodes.Usage),
            };
            var version = session.Files.PutEntry(r, entry, session.Actor, now);
            context.Out.WriteLine($"case {r}: {parse.GetValue(kind)} {entry.Id} version {version} [{entry.Marking.Label}]");
            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Person(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var id = new Option<string>("--id") { Description = "The person's id in the case", Required = true };
        var category = new Option<string?>("--category") { Description = "Data-subject category (LED Art. 6, required): suspect, convicted, witness, contact or other (victims: case victim add)" };
        var name = new Option<string?>("--name") { Description = "The person's name" };
        var marking = CaseCli.MarkingOption("B2 H0");
        var conditions = CaseCli.ConditionsOption();
        var command = new Command("person", "Add a person with the data-subject category of LED (EU) 2016/680 Art. 6");
        CaseCli.Add(command, reference, id, category, name, marking, conditions);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            DataSubjectCategory c;
            try
            {
                c = DataSubjectCategories.Parse(parse.GetValue(category));
            }
            catch (FormatException ex)
            {
                throw new CliException("--category: " + ex.Message, ex, ExitCodes.Usage);
            }

            if (c == DataSubjectCategory.Victim)
            {
                throw new CliException("--category victim: a victim is added with `threadline case victim add` (a pseudonymous record, never a name in the case)", ExitCodes.Usage);
            }

            var person = new CasePerson(parse.GetValue(id)!, c, parse.GetValue(name), null, CaseCli.Marking(parse.GetValue(marking)!, parse.GetValue(conditions)));
            using var session = CaseCli.Open(context, write: true, r);
            session.Files.AddPerson(r, person, session.Actor, DateTimeOffset.UtcNow);
            context.Out.WriteLine($"case {r}: person {person.Id} ({person.Category})");
            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>A pseudonym from five random bytes drawn here (the model takes them from its caller).</summary>
    public static VictimPseudonym NewPseudonym()
    {
        Span<byte> bytes = stackalloc byte[5];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return VictimPseudonym.FromRandom(bytes);
    }
}
