using System.CommandLine;
using System.Globalization;
using Threadline.Application.Cases;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary><c>threadline case timeline REF [--person P] [--place C]</c>: everything dated in the case, in time order.</summary>
internal static class CaseTimelineCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var person = new Option<string?>("--person") { Description = "Only events naming this person (persona id, case person id or name, in part)" };
        var place = new Option<string?>("--place") { Description = "Only events in this place (city or country code, in part)" };
        var command = new Command("timeline", "One timeline of the case: stays, bookings, payments, notes, warrants, requests, deadlines, the action day");
        CaseCli.Add(command, reference, person, place);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var filter = new TimelineFilter(parse.GetValue(person), parse.GetValue(place)).Checked();
            using var session = CaseCli.Open(context, write: false, r);
            var timeline = CaseTimeline.Build(session.Workspace, session.Files, session.Files.Get(r), session.Actor, filter);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, timeline);
                return ExitCodes.Ok;
            }

            foreach (var e in timeline.Events)
            {
                var until = e.Until is { } u ? string.Create(CultureInfo.InvariantCulture, $" - {u:yyyy-MM-dd HH:mm}") : string.Empty;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.At:yyyy-MM-dd HH:mm}{until}  {e.Kind,-10}  {Terminal.Clean(e.Title)}{(e.Place is null ? string.Empty : "  @ " + Terminal.Clean(e.Place))}"));
            }

            context.Out.WriteLine(timeline.Truncated
                ? $"{timeline.Events.Count} events shown (the first {CaseTimeline.MaxEvents}; narrow with --person or --place)"
                : $"{timeline.Events.Count} events");
            return ExitCodes.Ok;
        })));
        return command;
    }
}
