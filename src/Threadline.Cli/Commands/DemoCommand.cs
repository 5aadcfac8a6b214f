using System.CommandLine;
using Spectre.Console;
using Threadline.Cli.Infrastructure;

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
        command.Options.Add(dir);
        command.Options.Add(sample);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var root = context.ResolvePath(parse.GetValue(dir) ?? "threadline-demo");
            Directory.CreateDirectory(root);
            var workspace = context.WorkspaceExplicit ? context.WorkspacePath : Path.Combine(root, "threadline.db");
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
            {
                File.Delete(workspace + suffix);
            }

            var demoContext = context.WithWorkspace(workspace);
            var console = context.Console;
            console.Write(new Rule("[bold]Threadline demo[/]").LeftJustified());
            console.MarkupLine("Workspace: [blue]{0}[/]", Markup.Escape(workspace));
            console.MarkupLine("[grey]All data here is synthetic. Every flag is a lead for a human to check, never a verdict.[/]");

            var (good, _) = EmbeddedSamples.WriteAds(root);
            using var store = demoContext.OpenStore();
            console.Write(new Rule("1. Ingest the shipped sample ads").LeftJustified());
            var summary = IngestAdsCommand.Run(demoContext, store, [good], Path.Combine(root, "quarantine.ads.jsonl"));
            IngestAdsCommand.Report(demoContext, summary);

            console.Write(new Rule("2. What the workspace holds").LeftJustified());
            StatsCommand.Render(console, workspace, store.Stats());

            console.Write(new Rule("3. Search").LeftJustified());
            foreach (var query in new[] { "new in town", "discreet" })
            {
                SearchCommand.Render(console, query, store.Search(query, 5));
            }

            console.MarkupLine("Try: [blue]./threadline search --workspace {0} WORDS[/]", Markup.Escape(workspace));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
