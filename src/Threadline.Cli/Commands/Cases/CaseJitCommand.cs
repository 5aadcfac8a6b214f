using System.Collections.Immutable;
using System.CommandLine;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Store;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary>
/// <c>case jit REF --id ID --name NAME --signed DATE --ends DATE [--notice-days N] [--milestone "DATE=label"]… [--zone Z]</c>:
/// a Joint Investigation Team of the case with its milestones, the day to agree an extension and the end of its period.
/// </summary>
internal static class CaseJitCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var id = new Option<string>("--id") { Description = "The JIT's id in the case; an existing id writes a new version (extension, milestones)", Required = true };
        var name = new Option<string>("--name") { Description = "The JIT's name or reference in the agreement", Required = true };
        var signed = new Option<string>("--signed") { Description = "Day the agreement was signed (yyyy-MM-dd)", Required = true };
        var ends = new Option<string>("--ends") { Description = "Last day of the agreed period, extensions included (yyyy-MM-dd)", Required = true };
        var notice = new Option<int>("--notice-days") { Description = "Days before the end to agree an extension (default 60)", DefaultValueFactory = _ => 60 };
        var milestones = new Option<string[]>("--milestone") { Description = "A planned milestone, DATE=label (repeat)" };
        var zone = new Option<string>("--zone") { Description = "IANA zone its days are counted in (default Europe/Brussels)", DefaultValueFactory = _ => "Europe/Brussels" };
        var marking = CaseCli.MarkingOption("A1 H0");
        var conditions = CaseCli.ConditionsOption();
        var command = new Command("jit", "Record a Joint Investigation Team (MLA Convention 2000 Art. 13): milestones, extension notice and end are deadlines");
        CaseCli.Add(command, reference, id, name, signed, ends, notice, milestones, zone, marking, conditions);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var given = parse.GetValue(milestones) ?? [];
            if (given.Length > 1000)
            {
                throw new CliException("--milestone: at most 1000 values", ExitCodes.Usage);
            }

            var planned = given.Select(m =>
            {
                var (day, label) = CaseCli.Pair(m, "--milestone");
                return (CaseCli.Bounded(label, "--milestone")!, CaseCli.Day(day, "--milestone"));
            }).ToImmutableArray();
            var team = new JointInvestigationTeam(CaseCli.Bounded(parse.GetValue(name), "--name")!, parse.GetValue(zone)!, CaseCli.Day(parse.GetValue(signed)!, "--signed"), CaseCli.Day(parse.GetValue(ends)!, "--ends"), parse.GetValue(notice), planned);
            var mark = CaseCli.Marking(parse.GetValue(marking)!, parse.GetValue(conditions));
            using var session = CaseCli.Open(context, write: true, r);
            var now = DateTimeOffset.UtcNow;
            var jit = new CaseJit(parse.GetValue(id)!, team, session.Actor, now, mark);
            var version = session.Files.PutJit(r, jit);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { reference = r, jit = jit.Id, version, deadlines = jit.Deadlines().Select(d => new { key = d.Key, label = d.Label, due_at = d.DueAt, last_day = d.LastDay, legal_reference = d.LegalReference }) });
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"case {r}: JIT {jit.Id} version {version} [{jit.Marking.Label}]");
            foreach (var d in jit.Deadlines())
            {
                context.Out.WriteLine("  " + CaseViews.DeadlineLine(new CaseDeadline(r, "JIT " + jit.Id, d), now));
            }

            return ExitCodes.Ok;
        })));
        return command;
    }
}
