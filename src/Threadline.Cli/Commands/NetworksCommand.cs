using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Linking;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline networks</c>: the ranked network leads of the last link run, with why.</summary>
internal static class NetworksCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var all = new Option<bool>("--all") { Description = "Also networks below the review threshold" };
        var limit = new Option<int>("--limit", "-n") { Description = "Most networks to list", DefaultValueFactory = _ => 25 };
        var id = new Option<string?>("--id") { Description = "Show one network's score breakdown and evidence" };
        var command = new Command("networks", "List network leads ranked by risk score, each score broken into its parts");
        command.Options.Add(all);
        command.Options.Add(limit);
        command.Options.Add(id);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = context.OpenReadOnlyStore();
            var result = LinkJob.Load(store) ?? throw new CliException("no link results in this workspace: run `threadline link` first");
            var max = parse.GetValue(limit);
            if (max < 1)
            {
                throw new CliException("--limit must be at least 1", ExitCodes.Usage);
            }

            if (parse.GetValue(id) is { } networkId)
            {
                var network = result.Networks.FirstOrDefault(n => n.Id == networkId);
                if (network is null)
                {
                    var history = LinkJob.HistoryOf(store, networkId);
                    if (history.Count == 0)
                    {
                        throw new CliException($"no network '{networkId}'");
                    }

                    // An id from an earlier run (in a note or a case): say where its ads went.
                    if (context.Json)
                    {
                        JsonOutput.Write(context.Out, new { id = networkId, current = false, history });
                    }
                    else
                    {
                        foreach (var change in history)
                        {
                            context.Console.MarkupLine(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd HH:mm} {1}", change.At, Terminal.Escape(change.Reason));
                        }

                        var now = history[^1].Destinations.Select(d => d.Id).FirstOrDefault(id => result.Networks.Any(n => n.Id == id));
                        context.Console.MarkupLine(now is null ? "[grey]None of the groups it went to is a network now.[/]" : $"Now: [bold]threadline networks --id {Terminal.Escape(now)}[/]");
                    }

                    return ExitCodes.Ok;
                }

                if (context.Json)
                {
                    JsonOutput.Write(context.Out, network);
                }
                else
                {
                    RenderOne(context.Console, network);
                }

                return ExitCodes.Ok;
            }

            var list = result.Networks.Where(n => parse.GetValue(all) || n.Flagged).OrderBy(n => n.Rank).Take(max).ToList();
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { notice = LinkResult.LeadNotice, networks = list });
                return ExitCodes.Ok;
            }

            Render(context.Console, result, !parse.GetValue(all), max);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void Render(IAnsiConsole console, LinkResult result, bool flaggedOnly, int limit)
    {
        var list = result.Networks.Where(n => !flaggedOnly || n.Flagged).OrderBy(n => n.Rank).Take(limit).ToList();
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(flaggedOnly ? "Network leads flagged for review" : "Networks") };
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("score").RightAligned());
        table.AddColumn(new TableColumn("women").RightAligned());
        table.AddColumn(new TableColumn("ads").RightAligned());
        table.AddColumn(new TableColumn("phones").RightAligned());
        table.AddColumn("countries");
        table.AddColumn("why (top parts)");
        foreach (var n in list)
        {
            var why = string.Join("; ", n.Risk.Parts.Where(p => p.Points > 0).OrderByDescending(p => p.Points).Take(3).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} +{p.Points:0.#}")));
            table.AddRow(
                n.Rank.ToString(CultureInfo.InvariantCulture),
                n.Risk.Total.ToString("0.0", CultureInfo.InvariantCulture),
                n.PersonaIds.Count.ToString(CultureInfo.InvariantCulture),
                n.AdCount.ToString("N0", CultureInfo.InvariantCulture),
                n.Phones.Count.ToString(CultureInfo.InvariantCulture),
                Terminal.Escape(string.Join(",", n.Movement.Countries)),
                Terminal.Escape(why));
        }

        console.Write(table);
        console.MarkupLine("[grey]{0} Details: threadline networks --id ID; full report: threadline report --out DIR[/]", Terminal.Escape(LinkResult.LeadNotice));
    }

    private static void RenderOne(IAnsiConsole console, Network network)
    {
        console.MarkupLine(CultureInfo.InvariantCulture, "[bold]Network lead #{0}[/] {1}: score {2:0.0}, {3} personas, {4:N0} ads", network.Rank, Terminal.Escape(network.Id), network.Risk.Total, network.PersonaIds.Count, network.AdCount);
        console.MarkupLine("{0}", Terminal.Escape(network.Risk.Summary));
        var parts = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Score breakdown") };
        parts.AddColumns("part", "measured", "points", "of", "why");
        foreach (var p in network.Risk.Parts)
        {
            parts.AddRow(Terminal.Escape(p.Name), p.Measured.ToString("0.##", CultureInfo.InvariantCulture), p.Points.ToString("0.##", CultureInfo.InvariantCulture), p.MaxPoints.ToString("0.##", CultureInfo.InvariantCulture), Terminal.Escape(p.Explanation));
        }

        console.Write(parts);
        var evidence = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Evidence") };
        evidence.AddColumns("kind", "value", "ads", "weight", "reason");
        foreach (var e in network.Evidence.Take(40))
        {
            evidence.AddRow(e.Kind.ToString(), Terminal.Escape(e.Value), e.AdCount.ToString(CultureInfo.InvariantCulture), e.Weight.ToString("0.##", CultureInfo.InvariantCulture), Terminal.Escape(e.Reason));
        }

        console.Write(evidence);
        console.MarkupLine("Movement: {0}", Terminal.Escape(network.Movement.Description));
        console.MarkupLine("[grey]{0}[/]", Terminal.Escape(LinkResult.LeadNotice));
    }
}
