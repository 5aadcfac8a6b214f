using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Simulation;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline demo</c>: the main job end to end on the embedded default, with no other set-up.
/// It works in a fresh workspace of its own so it never touches an investigator's data.
/// </summary>
internal static class DemoCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var dir = new Option<string>("--dir") { Description = "Folder for the demo's workspace and files (recreated)", DefaultValueFactory = _ => "threadline-demo" };
        var sample = new Option<bool>("--sample") { Description = "Use only the small shipped sample of ads (seconds) instead of a simulated world" };
        var command = new Command("demo", "Run the main job end to end on the embedded default, in a fresh workspace");
        var ads = new Option<int>("--ads") { Description = "Ads in the simulated world", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<long>("--seed") { Description = "Seed of the simulated world", DefaultValueFactory = _ => 7 };
        command.Options.Add(dir);
        command.Options.Add(sample);
        command.Options.Add(ads);
        command.Options.Add(seed);
        var style = SimulateCommand.StyleOption();
        command.Options.Add(style);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var root = context.OutputFolder(parse.GetValue(dir) ?? "threadline-demo", "--dir");
            var worldOptions = new SimulationOptions { Seed = parse.GetValue(seed), Ads = parse.GetValue(ads), Styles = SimulateCommand.Styles(parse.GetValue(style)) };
            SimulateCommand.CheckOptions(worldOptions);
            var workspace = context.WorkspaceExplicit ? context.WorkspacePath : Path.Combine(root, "threadline.db");
            var demoContext = context.WithWorkspace(workspace);
            foreach (var suffix in demoContext.WorkspaceIsServer ? [] : new[] { string.Empty, "-wal", "-shm", "-journal" })
            {
                File.Delete(workspace + suffix);
            }

            var console = context.Console;
            console.Write(new Rule("[bold]Threadline demo[/]").LeftJustified());
            console.MarkupLine("Workspace: [blue]{0}[/]", Terminal.Escape(demoContext.WorkspaceShown));
            console.MarkupLine("[grey]All data here is synthetic. Every flag is a lead for a human to check, never a verdict.[/]");

            using var store = demoContext.OpenStore();
            if (parse.GetValue(sample))
            {
                var (good, _) = EmbeddedSamples.WriteAds(root);
                console.Write(new Rule("1. Ingest the shipped sample ads").LeftJustified());
                IngestAdsCommand.Report(demoContext, IngestAdsCommand.Run(demoContext, store, [good], Path.Combine(root, "quarantine.ads.jsonl")));
                ShowWorkspace(demoContext, store, demoContext.WorkspaceShown, ["new in town", "discreet"]);
            }
            else
            {
                var world = Path.Combine(root, "world");
                if (Directory.Exists(world))
                {
                    Directory.Delete(world, recursive: true);
                }

                console.Write(new Rule(string.Create(CultureInfo.InvariantCulture, $"1. Simulate a synthetic market of {parse.GetValue(ads):N0} ads (seed {parse.GetValue(seed)})")).LeftJustified());
                var simulation = SimulateCommand.Run(demoContext, worldOptions, world);
                SimulateCommand.Report(demoContext, simulation);

                console.Write(new Rule("2. Ingest every site's export and the booking records").LeftJustified());
                IngestAdsCommand.Report(demoContext, IngestAdsCommand.Run(demoContext, store, [Path.Combine(world, "ads")], Path.Combine(root, "quarantine.ads.jsonl")));
                IngestBookingsCommand.Report(demoContext, IngestBookingsCommand.Run(demoContext, store, [Path.Combine(world, "bookings")], Path.Combine(root, "quarantine.bookings.jsonl")));

                console.Write(new Rule("3. Extract phones, contact points, attributes and indicators").LeftJustified());
                ExtractCommand.Report(demoContext, ExtractCommand.Run(demoContext, store, all: false));

                console.Write(new Rule("4. Link ads into personas and networks").LeftJustified());
                LinkCommand.Report(demoContext, LinkCommand.Run(demoContext, store));

                console.Write(new Rule("5. Follow the money").LeftJustified());
                IngestTransactionsCommand.Report(demoContext, IngestTransactionsCommand.Run(demoContext, store, [Path.Combine(world, "bank")], new TransactionIngestOptions { QuarantinePath = Path.Combine(root, "quarantine.transactions.jsonl") }));
                MoneyCommand.Render(demoContext, ProgressRunner.RunJob(demoContext, "Following the money", progress => MoneyJob.Run(store, progress, demoContext.Cancellation)), 10);

                ShowWorkspace(demoContext, store, demoContext.WorkspaceShown, ["new in town", "nieuw"]);
                console.Write(new Rule("Network leads, with money").LeftJustified());
                NetworksCommand.Render(console, NetworksCommand.Page(store, flaggedOnly: true, 10), flaggedOnly: true);

                console.Write(new Rule("6. Report").LeftJustified());
                var (html, _) = ReportJob.Write(store, Path.Combine(root, "report"), flaggedOnly: false);
                console.MarkupLine("Open [blue]{0}[/] in a browser (works offline).", Terminal.Escape(html));

                console.Write(new Rule("7. Measured against the simulator's ground truth").LeftJustified());
                EvalCommand.Render(demoContext, EvalJob.Measure(EvalJob.LoadTruth(world), store));
            }

            console.MarkupLine("Try: [blue]./threadline search --workspace {0} WORDS[/]", Terminal.Escape(demoContext.WorkspaceShown));
            console.MarkupLine("Work the leads in a browser: [blue]./threadline serve --workspace {0}[/] then open [blue]http://127.0.0.1:5080/[/]", Terminal.Escape(WorkspaceStores.IsFile(workspace) ? Path.GetRelativePath(context.Environment.CurrentDirectory, workspace) : demoContext.WorkspaceShown));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void ShowWorkspace(CommandContext context, IWorkspaceStore store, string workspace, IReadOnlyList<string> queries)
    {
        var console = context.Console;
        console.Write(new Rule("What the workspace holds").LeftJustified());
        StatsCommand.Render(console, workspace, StatsReport.Read(store));
        console.Write(new Rule("Full-text search").LeftJustified());
        foreach (var query in queries)
        {
            SearchCommand.Render(console, query, store.Search(query, 5));
        }
    }
}
