using System.CommandLine;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Warrants;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary><c>case warrant|request REF …</c>: European Arrest Warrants and information requests, their limits computed.</summary>
internal static class CaseLegalCommands
{
    public static Command Warrant(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var id = new Option<string>("--id") { Description = "The warrant's id; an existing id writes a new version (consent, decision, surrender)", Required = true };
        var direction = new Option<string>("--direction") { Description = "issued or received (default issued)", DefaultValueFactory = _ => "issued" };
        var issued = new Option<string>("--issued") { Description = "Day the warrant was issued (yyyy-MM-dd)", Required = true };
        var state = new Option<string>("--state") { Description = "The other state: executing (issued) or issuing (received), ISO code", Required = true };
        var person = new Option<string?>("--person") { Description = "The case person it is about" };
        var arrest = new Option<string?>("--arrest") { Description = "Day of arrest in the executing state" };
        var consent = new Option<string?>("--consent") { Description = "Day the person consented to surrender" };
        var extended = new Option<bool>("--extended") { Description = "The decision limit was extended by 30 days (Art. 17(4))" };
        var decision = new Option<string?>("--decision") { Description = "Day of the final decision on execution" };
        var newDate = new Option<string?>("--new-date") { Description = "New surrender date agreed (Art. 23(3))" };
        var surrendered = new Option<string?>("--surrendered") { Description = "Day of surrender" };
        var zone = new Option<string>("--zone") { Description = "IANA zone of the executing authority (default Europe/Brussels)", DefaultValueFactory = _ => "Europe/Brussels" };
        var marking = CaseCli.MarkingOption("A1 H0");
        var conditions = CaseCli.ConditionsOption();
        var command = new Command("warrant", "Record a European Arrest Warrant issued or received; its limits (FD 2002/584) are computed");
        CaseCli.Add(command, reference, id, direction, issued, state, person, arrest, consent, extended, decision, newDate, surrendered, zone, marking, conditions);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var arrestedOn = CaseCli.OptionalDay(parse.GetValue(arrest), "--arrest");
            if (arrestedOn is null && (parse.GetValue(consent) ?? parse.GetValue(decision) ?? parse.GetValue(surrendered)) is not null)
            {
                throw new CliException("--consent, --decision and --surrendered need --arrest DATE", ExitCodes.Usage);
            }

            var facts = arrestedOn is { } a
                ? new ArrestWarrantFacts(parse.GetValue(zone)!, a, CaseCli.OptionalDay(parse.GetValue(consent), "--consent"), parse.GetValue(extended), CaseCli.OptionalDay(parse.GetValue(decision), "--decision"), CaseCli.OptionalDay(parse.GetValue(newDate), "--new-date"))
                : null;
            var mark = CaseCli.Marking(parse.GetValue(marking)!, parse.GetValue(conditions));
            using var session = CaseCli.Open(context, write: true, r);
            var now = DateTimeOffset.UtcNow;
            var warrant = new ArrestWarrant(parse.GetValue(id)!, CaseCli.Enum<WarrantDirection>(parse.GetValue(direction)!, "--direction"), CaseCli.Day(parse.GetValue(issued)!, "--issued"), parse.GetValue(state)!, parse.GetValue(person), facts, CaseCli.OptionalDay(parse.GetValue(surrendered), "--surrendered"), session.Actor, now, mark);
            var version = session.Files.PutWarrant(r, warrant);
            context.Out.WriteLine($"case {r}: EAW {warrant.Id} version {version}");
            foreach (var d in warrant.Deadlines())
            {
                context.Out.WriteLine("  " + CaseViews.DeadlineLine(new Threadline.Cases.Store.CaseDeadline(r, "warrant " + warrant.Id, d), now));
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    public static Command Request(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var id = new Option<string>("--id") { Description = "The request's reference; an existing id writes a new version (answered)", Required = true };
        var direction = new Option<string>("--direction") { Description = "received or sent (default received)", DefaultValueFactory = _ => "received" };
        var received = new Option<string>("--received") { Description = "When the requested service received it, with its offset (2026-03-02T20:00+01:00)", Required = true };
        var counterpart = new Option<string>("--counterpart") { Description = "The other Single Point of Contact or service", Required = true };
        var subject = new Option<string>("--subject") { Description = "What is asked", Required = true };
        var urgent = new Option<bool>("--urgent") { Description = "An urgent request" };
        var direct = new Option<bool>("--direct") { Description = "The information is directly accessible" };
        var judicial = new Option<bool>("--judicial") { Description = "A judicial authorisation is needed first (Art. 5(2))" };
        var answered = new Option<string?>("--answered") { Description = "When it was answered" };
        var zone = new Option<string>("--zone") { Description = "IANA zone of the requested service (default Europe/Brussels)", DefaultValueFactory = _ => "Europe/Brussels" };
        var marking = CaseCli.MarkingOption("B2 H0");
        var conditions = CaseCli.ConditionsOption();
        var command = new Command("request", "Record an information request (Directive 2023/977); its answer limit is computed");
        CaseCli.Add(command, reference, id, direction, received, counterpart, subject, urgent, direct, judicial, answered, zone, marking, conditions);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var at = CaseCli.Instant(parse.GetValue(received), "--received")!.Value;
            var request = new InformationRequest(parse.GetValue(id)!, at, parse.GetValue(zone)!, parse.GetValue(urgent), parse.GetValue(direct), parse.GetValue(judicial));
            var mark = CaseCli.Marking(parse.GetValue(marking)!, parse.GetValue(conditions));
            using var session = CaseCli.Open(context, write: true, r);
            var now = DateTimeOffset.UtcNow;
            var held = new CaseInformationRequest(request, CaseCli.Enum<RequestDirection>(parse.GetValue(direction)!, "--direction"), CaseCli.Bounded(parse.GetValue(counterpart), "--counterpart")!, CaseCli.Bounded(parse.GetValue(subject), "--subject")!, CaseCli.Instant(parse.GetValue(answered), "--answered"), session.Actor, mark);
            var version = session.Files.PutRequest(r, held, now);
            context.Out.WriteLine($"case {r}: request {held.Id} version {version}");
            context.Out.WriteLine("  " + CaseViews.DeadlineLine(new Threadline.Cases.Store.CaseDeadline(r, "request " + held.Id, held.Deadline()), now));
            return ExitCodes.Ok;
        })));
        return command;
    }
}
