using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline search TEXT</c>: full-text search over ad titles and bodies.</summary>
internal static class SearchCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var text = new Argument<string[]>("text") { Description = "Words to find (all must match); FTS5 syntax such as \"exact phrase\" or prefix* is accepted", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit", "-n") { Description = "Most hits to show", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over ad titles and bodies, with the matching snippet");
        command.Arguments.Add(text);
        command.Options.Add(limit);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var query = string.Join(' ', parse.GetValue(text) ?? []);
            var max = parse.GetValue(limit);
            if (max is < 1 or > 10_000)
            {
                throw new CliException("--limit must be between 1 and 10000", ExitCodes.Usage);
            }

            using var store = context.OpenReadOnlyStore();
            var hits = store.Search(query, max);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { query, hits = hits.Select(h => new { entity_id = h.EntityId, schema = h.Schema, property = h.Property, snippet = h.Snippet, rank = h.Rank }) });
                return ExitCodes.Ok;
            }

            Render(context.Console, query, hits);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void Render(IAnsiConsole console, string query, IReadOnlyList<SearchHit> hits)
    {
        console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0}[/] hit(s) for [yellow]{1}[/]", hits.Count, Terminal.Escape(query));
        if (hits.Count == 0)
        {
            return;
        }

        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("ad");
        table.AddColumn("in");
        table.AddColumn("snippet");
        foreach (var hit in hits)
        {
            table.AddRow(Terminal.Escape(hit.EntityId), Terminal.Escape(hit.Property), console.Profile.Capabilities.Ansi ? Highlight(hit.Snippet) : Terminal.Escape(hit.Snippet.ReplaceLineEndings(" ")));
        }

        console.Write(table);
    }

    /// <summary>The store marks matches with [ and ]; on a colour console show them in colour (without colour the brackets stay).</summary>
    private static string Highlight(string snippet)
    {
        var text = snippet.ReplaceLineEndings(" ");
        var open = false;
        foreach (var c in text)
        {
            if (c == '[' || c == ']')
            {
                if ((c == '[') == open)
                {
                    // Brackets in the ad text itself: show it plain rather than guess.
                    return Terminal.Escape(text);
                }

                open = !open;
            }
        }

        if (open)
        {
            return Terminal.Escape(text);
        }

        var escaped = Terminal.Escape(text);
        return escaped.Replace("[[", "[yellow bold]", StringComparison.Ordinal).Replace("]]", "[/]", StringComparison.Ordinal);
    }
}
