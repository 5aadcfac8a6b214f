using System.CommandLine;
using Threadline.Cli.Commands.Cases;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline case …</c>: case files kept in the workspace (docs/cases.md) — open one from a network lead, add
/// persons, notes, warrants, requests, the action day and victim records, and read it back as a file, a timeline, the
/// changes since the lead was attached and the deadlines. Every command appends its audit record first, with the case.
/// </summary>
internal static class CaseCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("case", "Case files: open from a network lead, persons, notes, warrants, requests, action day, victims, timeline, deadlines");
        foreach (var sub in new[]
        {
            CaseOpenCommand.Build(options, environment),
            CaseReadCommands.List(options, environment),
            CaseReadCommands.Show(options, environment),
            CaseReadCommands.Changes(options, environment),
            CaseTimelineCommand.Build(options, environment),
            CaseDeadlinesCommand.Build(options, environment),
            CaseWriteCommands.Member(options, environment),
            CaseWriteCommands.Status(options, environment),
            CaseWriteCommands.Note(options, environment),
            CaseWriteCommands.Person(options, environment),
            CaseLegalCommands.Warrant(options, environment),
            CaseLegalCommands.Request(options, environment),
            CaseActionDayCommands.Target(options, environment),
            CaseActionDayCommands.Team(options, environment),
            CaseActionDayCommands.HHour(options, environment),
            CaseActionDayCommands.Report(options, environment),
            CaseVictimCommands.Build(options, environment),
            CasePersonsCommands.Build(options, environment),
            CaseJitCommand.Build(options, environment),
            CaseChartCommands.Build(options, environment),
        })
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }
}
