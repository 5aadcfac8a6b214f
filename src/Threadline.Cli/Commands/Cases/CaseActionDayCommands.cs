using System.CommandLine;
using System.Globalization;
using Threadline.Cases.ActionDays;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Victims;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary><c>case target|team|hhour|report REF …</c>: plan the action day and record what teams report from the field.</summary>
internal static class CaseActionDayCommands
{
    /// <summary>The most values a repeatable option (--evidence, --member, --victim …) takes.</summary>
    public const int MaxRepeats = 1000;

    private static Option<string> DayOption() =>
        new("--day") { Description = "The action day's id (default day1)", DefaultValueFactory = _ => "day1" };

    public static Command Target(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var day = DayOption();
        var id = new Option<string>("--id") { Description = "The target's id", Required = true };
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-2 country (BE, ES …)", Required = true };
        var kind = new Option<string>("--kind") { Description = "address, person, vehicle or account", Required = true };
        var description = new Option<string>("--description") { Description = "What or where it is", Required = true };
        var evidence = new Option<string[]>("--evidence") { Description = "ENTITY_ID=why it points there (repeat; at least one)", Required = true };
        var command = new Command("target", "Add a target of the action day, with the evidence that points there");
        CaseCli.Add(command, reference, day, id, country, kind, description, evidence);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var pieces = Repeated(parse.GetValue(evidence), "--evidence").Select(e => CaseCli.Pair(e, "--evidence")).Select(p => new Evidence(p.Key, p.Value));
            var target = new Target(parse.GetValue(id)!, parse.GetValue(country)!, CaseCli.Enum<TargetKind>(parse.GetValue(kind)!, "--kind"), CaseCli.Bounded(parse.GetValue(description), "--description")!, pieces);
            using var session = CaseCli.Open(context, write: true, r);
            session.Files.AddTarget(r, parse.GetValue(day)!, target, session.Actor, DateTimeOffset.UtcNow);
            context.Out.WriteLine($"case {r}: target {target.Id} ({target.Country}, {CaseCli.Dashed(target.Kind)})");
            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Team(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var day = DayOption();
        var id = new Option<string>("--id") { Description = "The team's id", Required = true };
        var name = new Option<string>("--name") { Description = "The team's name", Required = true };
        var zone = new Option<string>("--zone") { Description = "The team's IANA time zone (its H-hour is shown in it)", Required = true };
        var lead = new Option<string>("--lead") { Description = "The team lead", Required = true };
        var members = new Option<string[]>("--member") { Description = "A member (repeat)" };
        var interpreter = new Option<string?>("--interpreter") { Description = "The interpreter" };
        var victimSupport = new Option<string?>("--victim-support") { Description = "The victim-support contact" };
        var financial = new Option<string?>("--financial") { Description = "The financial investigator" };
        var targets = new Option<string[]>("--target") { Description = "A target the team takes (repeat)" };
        var briefing = new Option<string?>("--briefing") { Description = "The briefing text" };
        var equipment = new Option<string[]>("--equipment") { Description = "Equipment (repeat)" };
        var command = new Command("team", "Add a team to the action day: roster, time zone, targets, briefing");
        CaseCli.Add(command, reference, day, id, name, zone, lead, members, interpreter, victimSupport, financial, targets, briefing, equipment);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var roster = new TeamRoster(parse.GetValue(lead)!, Repeated(parse.GetValue(members), "--member"), parse.GetValue(interpreter), parse.GetValue(victimSupport), parse.GetValue(financial));
            var team = new Team(parse.GetValue(id)!, parse.GetValue(name)!, parse.GetValue(zone)!, roster, Repeated(parse.GetValue(targets), "--target"), CaseCli.Bounded(parse.GetValue(briefing), "--briefing"), Repeated(parse.GetValue(equipment), "--equipment"));
            using var session = CaseCli.Open(context, write: true, r);
            session.Files.AddTeam(r, parse.GetValue(day)!, team, session.Actor, DateTimeOffset.UtcNow);
            context.Out.WriteLine($"case {r}: team {team.Id} ({team.TimeZoneId}), targets {string.Join(", ", team.TargetIds)}");
            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command HHour(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var day = DayOption();
        var date = new Option<string>("--date") { Description = "The day (yyyy-MM-dd)", Required = true };
        var time = new Option<string>("--time") { Description = "Local time in --zone (HH:mm)", Required = true };
        var zone = new Option<string>("--zone") { Description = "IANA zone the time is given in (e.g. Europe/Brussels)", Required = true };
        var command = new Command("hhour", "Set the action day's H-hour, once; each team sees it in its own zone");
        CaseCli.Add(command, reference, day, date, time, zone);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var d = CaseCli.Day(parse.GetValue(date)!, "--date");
            if (!TimeOnly.TryParseExact(parse.GetValue(time), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                throw new CliException($"--time must be HH:mm like 06:00, not '{Terminal.Clean(parse.GetValue(time) ?? string.Empty)}'", ExitCodes.Usage);
            }

            var instant = TimeZones.ToInstant(d, t, TimeZones.Find(parse.GetValue(zone)!));
            using var session = CaseCli.Open(context, write: true, r);
            session.Files.SetHHour(r, parse.GetValue(day)!, instant, session.Actor, DateTimeOffset.UtcNow);
            var plan = session.Files.Get(r).Day(parse.GetValue(day)!)!;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"case {r}: H-hour {instant:yyyy-MM-dd HH:mm}Z"));
            foreach (var team in plan.Teams)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  team {team.Id} ({team.TimeZoneId}): {plan.LocalHHour(team.Id):yyyy-MM-dd HH:mm zzz}"));
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Report(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var day = DayOption();
        var team = new Option<string>("--team") { Description = "The reporting team", Required = true };
        var status = new Option<string>("--status") { Description = "briefed, en-route, entered, secured, finished or aborted", Required = true };
        var at = new Option<string?>("--at") { Description = "When (default now), with its offset" };
        var found = new Option<int>("--found") { Description = "Persons found since the last report" };
        var arrests = new Option<int>("--arrests") { Description = "Arrests since the last report" };
        var victims = new Option<string[]>("--victim") { Description = "A victim identified: PSEUDONYM, or PSEUDONYM=CENTRE@yyyy-MM-dd when referred (repeat; never an address)" };
        var seized = new Option<string[]>("--seized") { Description = "ITEM=QUANTITY (repeat)" };
        var cash = new Option<string[]>("--cash") { Description = "CURRENCY=AMOUNT (repeat)" };
        var command = new Command("report", "Append a team's status report and outcomes (reports of several teams at once are all kept)");
        CaseCli.Add(command, reference, day, team, status, at, found, arrests, victims, seized, cash);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var when = CaseCli.Instant(parse.GetValue(at), "--at") ?? DateTimeOffset.UtcNow;
            var report = new TeamReport(
                when,
                CaseCli.Enum<TeamStatus>(parse.GetValue(status)!, "--status"),
                parse.GetValue(found),
                parse.GetValue(arrests),
                Repeated(parse.GetValue(victims), "--victim").Select(Outcome),
                Repeated(parse.GetValue(seized), "--seized").Select(s => CaseCli.Pair(s, "--seized")).Select(p => new SeizedItem(p.Key, Number(p.Value, "--seized"))),
                Repeated(parse.GetValue(cash), "--cash").Select(c => CaseCli.Pair(c, "--cash")).Select(p => new KeyValuePair<string, decimal>(p.Key, Amount(p.Value))));
            using var session = CaseCli.Open(context, write: true, r);
            var number = session.Files.Report(r, parse.GetValue(day)!, parse.GetValue(team)!, report, session.Actor, DateTimeOffset.UtcNow);
            context.Out.WriteLine($"case {r}: team {parse.GetValue(team)} report {number}: {CaseCli.Dashed(report.Status)}");
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static VictimOutcome Outcome(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            return new VictimOutcome(VictimPseudonym.Parse(text), null);
        }

        var at = text.LastIndexOf('@');
        if (at < eq)
        {
            throw new CliException($"--victim takes PSEUDONYM=CENTRE@yyyy-MM-dd, not '{Terminal.Clean(text.Length > 40 ? text[..40] : text)}'", ExitCodes.Usage);
        }

        return new VictimOutcome(VictimPseudonym.Parse(text[..eq]), new Referral(text[(eq + 1)..at], CaseCli.Day(text[(at + 1)..], "--victim")));
    }

    private static int Number(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new CliException($"{option}: '{Terminal.Clean(text)}' is not a whole number", ExitCodes.Usage);

    private static decimal Amount(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : throw new CliException($"--cash: '{Terminal.Clean(text)}' is not an amount like 1250.50", ExitCodes.Usage);

    private static string[] Repeated(string[]? values, string option) =>
        values is { Length: > MaxRepeats } ? throw new CliException($"{option}: at most {MaxRepeats} values", ExitCodes.Usage) : values ?? [];
}
