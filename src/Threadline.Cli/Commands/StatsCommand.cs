using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline stats</c>: what the workspace holds, by type, site, country and month.</summary>
internal static class StatsCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("stats", "Counts entities by type, and ads by site, country and month");
        command.SetAction(CliApp.Guard(options, environment, (context, _) =>
        {
            using var store = context.OpenReadOnlyStore();
            var stats = StatsReport.Read(store);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new
                {
                    workspace = context.WorkspaceShown,
                    statements = stats.Statements,
                    entities = ToObject(stats.EntitiesBySchema),
                    ads_by_site = ToObject(stats.AdsBySite),
                    ads_by_country = ToObject(stats.AdsByCountry),
                    ads_by_month = ToObject(stats.AdsByMonth),
                });
                return ExitCodes.Ok;
            }

            Render(context.Console, context.WorkspaceShown, stats);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void Render(IAnsiConsole console, string workspace, StatsReport stats)
    {
        console.MarkupLine(CultureInfo.InvariantCulture, "[bold]Workspace[/] {0}: {1:N0} statements", Terminal.Escape(workspace), stats.Statements);
        var grid = new Grid();
        grid.AddColumns(2);
        grid.AddRow(Table("Entities", "type", stats.EntitiesBySchema), Table("Ads by site", "site", stats.AdsBySite));
        grid.AddRow(Table("Ads by country", "country", stats.AdsByCountry), Table("Ads by month", "month", stats.AdsByMonth));
        console.Write(grid);
    }

    private static Table Table(string title, string keyName, IReadOnlyList<KeyValuePair<string, long>> rows)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        table.AddColumn(keyName);
        table.AddColumn(new TableColumn("count").RightAligned());
        foreach (var (key, count) in rows)
        {
            table.AddRow(Terminal.Escape(key), count.ToString("N0", CultureInfo.InvariantCulture));
        }

        if (rows.Count == 0)
        {
            table.AddRow("[grey](none)[/]", string.Empty);
        }

        return table;
    }

    private static SortedDictionary<string, long> ToObject(IReadOnlyList<KeyValuePair<string, long>> rows) =>
        new(rows.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
