using System.CommandLine;
using System.Globalization;
using Threadline.Cases.Deadlines;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline deadlines eaw|request</c>: the legal time limits of a European Arrest Warrant or of an information
/// request between police services, computed by Threadline.Cases (no workspace needed), with their state at --now.
/// </summary>
internal static class DeadlinesCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("deadlines", "Compute legal deadlines: European Arrest Warrant (FD 2002/584) or information request (Directive 2023/977)");
        command.Subcommands.Add(Eaw(options, environment));
        command.Subcommands.Add(Request(options, environment));
        return command;
    }

    private static Command Eaw(GlobalOptions options, CliEnvironment environment)
    {
        var arrest = new Option<string?>("--arrest") { Description = "Day of arrest (yyyy-MM-dd, required)" };
        var consent = new Option<string?>("--consent") { Description = "Day the person consented to surrender" };
        var extended = new Option<bool>("--extended") { Description = "The decision limit was extended by 30 days (Art. 17(4))" };
        var decision = new Option<string?>("--decision") { Description = "Day of the final decision on execution" };
        var newDate = new Option<string?>("--new-date") { Description = "New surrender date agreed (Art. 23(3))" };
        var zone = ZoneOption("Europe/Brussels", "IANA time zone of the executing authority");
        var now = NowOption();
        var command = new Command("eaw", "Decision and surrender limits of a European Arrest Warrant");
        foreach (var o in new Option[] { arrest, consent, extended, decision, newDate, zone, now })
        {
            command.Options.Add(o);
        }

        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var facts = new ArrestWarrantFacts(
                parse.GetValue(zone)!,
                Day(parse.GetValue(arrest), "--arrest") ?? throw new CliException("--arrest DATE is required", ExitCodes.Usage),
                Day(parse.GetValue(consent), "--consent"),
                parse.GetValue(extended),
                Day(parse.GetValue(decision), "--decision"),
                Day(parse.GetValue(newDate), "--new-date"));
            return Print(context, Checked(() => ArrestWarrantDeadlines.Compute(facts)), Instant(parse.GetValue(now), "--now"));
        }));
        return command;
    }

    private static Command Request(GlobalOptions options, CliEnvironment environment)
    {
        var received = new Option<string?>("--received") { Description = "When the request was received, with its offset (2023-06-02T20:00+02:00; required)" };
        var urgent = new Option<bool>("--urgent") { Description = "An urgent request" };
        var direct = new Option<bool>("--direct") { Description = "The information is directly accessible" };
        var judicial = new Option<bool>("--judicial") { Description = "A judicial authorisation is needed first (Art. 5(2))" };
        var zone = ZoneOption("Europe/Brussels", "IANA time zone of the requested Single Point of Contact");
        var now = NowOption();
        var command = new Command("request", "Answer limit of a request for information between police services");
        foreach (var o in new Option[] { received, urgent, direct, judicial, zone, now })
        {
            command.Options.Add(o);
        }

        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var at = Instant(parse.GetValue(received), "--received") ?? throw new CliException("--received INSTANT is required", ExitCodes.Usage);
            var request = new InformationRequest("cli", at, parse.GetValue(zone)!, parse.GetValue(urgent), parse.GetValue(direct), parse.GetValue(judicial));
            return Print(context, Checked(() => [InformationRequestDeadlines.Compute(request)]), Instant(parse.GetValue(now), "--now"));
        }));
        return command;
    }

    private static int Print(CommandContext context, IReadOnlyList<Deadline> deadlines, DateTimeOffset? now)
    {
        var at = now ?? DateTimeOffset.UtcNow;
        var zone = TimeZones.Find(deadlines[0].TimeZoneId);
        var rows = deadlines.Select(d => (Deadline: d, Alert: DeadlineAlert.At(d, at), Local: TimeZones.InZone(d.DueAt, zone))).ToList();
        if (context.Json)
        {
            JsonOutput.Write(context.Out, rows.Select(r => new
            {
                key = r.Deadline.Key,
                label = r.Deadline.Label,
                legalReference = r.Deadline.LegalReference,
                dueAt = r.Deadline.DueAt,
                dueLocal = r.Local,
                lastDay = r.Deadline.LastDay,
                timeZone = r.Deadline.TimeZoneId,
                state = r.Alert.State.ToString(),
                note = r.Deadline.Note,
            }));
            return ExitCodes.Ok;
        }

        foreach (var r in rows)
        {
            var when = r.Deadline.LastDay is { } day
                ? string.Create(CultureInfo.InvariantCulture, $"by the end of {day:yyyy-MM-dd} ({r.Deadline.TimeZoneId})")
                : string.Create(CultureInfo.InvariantCulture, $"by {r.Local:yyyy-MM-dd HH:mm} ({r.Deadline.TimeZoneId})");
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Deadline.Label}: {when} [{r.Deadline.LegalReference}] - {r.Alert.State}"));
            if (r.Deadline.Note is not null)
            {
                context.Out.WriteLine("  " + r.Deadline.Note);
            }
        }

        return ExitCodes.Ok;
    }

    private static IReadOnlyList<Deadline> Checked(Func<IReadOnlyList<Deadline>> compute)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message.Split(" (Parameter", 2)[0], ExitCodes.Usage);
        }
    }

    private static Option<string> ZoneOption(string fallback, string description) =>
        new("--zone") { Description = $"{description} (default {fallback})", DefaultValueFactory = _ => fallback };

    private static Option<string?> NowOption() =>
        new("--now") { Description = "Evaluate the state (pending, due soon, overdue) at this instant instead of the clock" };

    private static DateOnly? Day(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CliException($"{option} must be a date like 2023-02-14, not '{Terminal.Clean(text)}'", ExitCodes.Usage);
    }

    private static DateTimeOffset? Instant(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : throw new CliException($"{option} must be an instant with its offset like 2023-06-02T20:00+02:00, not '{Terminal.Clean(text)}'", ExitCodes.Usage);
    }
}
