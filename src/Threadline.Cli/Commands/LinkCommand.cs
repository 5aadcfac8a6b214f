using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline link</c>: ads into personas and networks, with evidence, movement, bookings and scores.</summary>
internal static class LinkCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var images = new Option<string?>("--images") { Description = "Folder the ads' photos are read from (default: each export's own folder); a reference outside it, a link or anything but a regular file is never read" };
        var command = new Command("link", "Link ads into personas and networks (shared phones, e-mails, handles, photos, templates), with movement, bookings and risk scores; re-runnable as data grows");
        var personaModel = new Option<bool>("--no-persona-model") { Description = "Leave out the scored persona model, which joins the parts of personas the rules leave apart (Fellegi-Sunter, weights estimated on this workspace; each join keeps its evidence; docs/linking.md): the persona rules alone, as before December 2026" };
        command.Options.Add(images);
        command.Options.Add(personaModel);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var root = parse.GetValue(images) is { } dir ? context.ResolvePath(dir) : null;
            if (root is not null && !Directory.Exists(root))
            {
                throw new CliException($"--images: no such folder '{root}'", ExitCodes.Usage);
            }

            using var store = context.OpenExistingStore();
            var run = Run(context, store, root, !parse.GetValue(personaModel));
            Report(context, run);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static LinkRun Run(CommandContext context, IWorkspaceStore store, string? imagesRoot = null, bool scorePersonas = true) =>
        ProgressRunner.RunJob(context, "Linking", progress => LinkJob.Run(store, imagesRoot, progress, context.Cancellation, scorePersonas));

    public static void Report(CommandContext context, LinkRun run)
    {
        var result = run.Result;
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new
            {
                ads = run.Ads,
                bookings = run.Bookings,
                images_hashed = run.ImagesHashed,
                images_failed = run.ImagesFailed,
                personas = result.Personas.Count,
                networks = result.Networks.Count,
                flagged = result.Networks.Count(n => n.Flagged),
                templates = result.Templates.Count,
                hubs = result.Hubs.Count,
                flagged_bookers = result.FlaggedBookers.Count,
                id_changes = run.IdChanges.GroupBy(c => c.Type).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count()),
                seconds = run.Elapsed.TotalSeconds,
                notice = LinkResult.LeadNotice,
            });
            return;
        }

        context.Console.MarkupLine(CultureInfo.InvariantCulture,
            "Linked [bold]{0:N0}[/] ads ({1:N0} photos hashed, {2:N0} unreadable) and {3:N0} bookings into [bold]{4:N0}[/] personas and [bold]{5:N0}[/] networks, [bold]{6:N0}[/] flagged for review; {7:N0} templates, {8:N0} hub identifiers cut or down-weighted, {9:N0} bookers flagged, in {10:F1} s",
            run.Ads, run.ImagesHashed, run.ImagesFailed, run.Bookings, result.Personas.Count, result.Networks.Count, result.Networks.Count(n => n.Flagged), result.Templates.Count, result.Hubs.Count, result.FlaggedBookers.Count, run.Elapsed.TotalSeconds);
        if (run.IdChanges.Count > 0)
        {
            context.Console.MarkupLine(CultureInfo.InvariantCulture,
                "[grey]Ids kept from the last run where the groups go on; recorded: {0} merged, {1} split, {2} dissolved (see threadline networks --id OLD-ID)[/]",
                run.IdChanges.Count(c => c.Type == IdChangeType.Merged),
                run.IdChanges.Count(c => c.Type is IdChangeType.Split or IdChangeType.SplitAndRetired),
                run.IdChanges.Count(c => c.Type == IdChangeType.Dissolved));
        }

        NetworksCommand.Render(context.Console, result.Networks.Where(n => n.Flagged).OrderBy(n => n.Rank).Take(10).ToList(), flaggedOnly: true);
    }
}
