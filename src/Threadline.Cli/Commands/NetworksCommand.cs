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
            var max = parse.GetValue(limit);
            if (max < 1)
            {
                throw new CliException("--limit must be at least 1", ExitCodes.Usage);
            }

            // One network or one page of them is read, not the whole result.
            if (LinkResults.Summary(store) is null && LinkJob.Load(store) is null)
            {
                throw new CliException("no link results in this workspace: run `threadline link` first");
            }

            if (parse.GetValue(id) is { } networkId)
            {
                return ShowOne(context, store, networkId);
            }

            var flaggedOnly = !parse.GetValue(all);
            var list = Page(store, flaggedOnly, max);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { notice = LinkResult.LeadNotice, total = LinkResults.CountNetworks(store, flaggedOnly), networks = list });
                return ExitCodes.Ok;
            }

            Render(context.Console, list, flaggedOnly);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The first networks by rank (flagged ones only, or all), from the stored records (or an old workspace's blob).</summary>
    public static IReadOnlyList<Network> Page(Storage.IWorkspaceStore store, bool flaggedOnly, int limit)
    {
        if (LinkResults.Summary(store) is not null)
        {
            var page = new List<Network>();
            while (page.Count < limit)
            {
                var next = LinkResults.Networks(store, page.Count, Math.Min(Storage.ResultLimits.MaxPage, limit - page.Count), flaggedOnly);
                page.AddRange(next);
                if (next.Count == 0)
                {
                    break;
                }
            }

            return page;
        }

        return (LinkJob.Load(store)?.Networks ?? []).Where(n => !flaggedOnly || n.Flagged).OrderBy(n => n.Rank).Take(limit).ToList();
    }

    public static void Render(IAnsiConsole console, IReadOnlyList<Network> list, bool flaggedOnly)
    {
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

    private static int ShowOne(CommandContext context, Storage.IWorkspaceStore store, string networkId)
    {
        var network = LinkResults.Network(store, networkId) ?? LinkJob.Load(store)?.Networks.FirstOrDefault(n => n.Id == networkId);
        if (network is not null)
        {
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

        var history = LinkResults.History(store, networkId);
        if (history.Count == 0)
        {
            throw new CliException($"no network '{networkId}'");
        }

        // An id from an earlier run (in a note or a case): say where its ads went.
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new { id = networkId, current = false, history });
            return ExitCodes.Ok;
        }

        foreach (var change in history)
        {
            context.Console.MarkupLine(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd HH:mm} {1}", change.At, Terminal.Escape(change.Reason));
        }

        var now = history[^1].Destinations.Select(d => d.Id).FirstOrDefault(d => LinkResults.Network(store, d) is not null);
        context.Console.MarkupLine(now is null ? "[grey]None of the groups it went to is a network now.[/]" : $"Now: [bold]threadline networks --id {Terminal.Escape(now)}[/]");
        return ExitCodes.Ok;
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
