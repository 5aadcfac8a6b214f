using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Storage;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline search TEXT</c>: Threadline's search syntax over the workspace, best hits first.</summary>
internal static class SearchCommand
{
    /// <summary>The syntax, as <c>threadline search --help</c> shows it (docs/search.md has the whole of it).</summary>
    internal const string Syntax = """
        Search syntax (docs/search.md):
          lina gent            every word, anywhere in the ad's title or body (case and accents ignored)
          "new in town"        the words in this order
          lin*                 words that start with lin
          lina OR mia          either (OR binds first: lina OR mia gent = (lina OR mia) and gent)
          title:lina           only in the title; body:"new in town" only in the body
          city:gent            a property's whole value, case ignored; postedAt:2026-03* its start
          site:tulip.example   the ad's site, by name or id (any property that points at an entity)
          schema:Persona       only entities of that type
        Anything else is plain text: NOT, NEAR, -, ^, (, an unclosed quote, an unknown field.
        Best hits first; --offset pages on.
        """;

    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var text = new Argument<string[]>("text") { Description = "What to find: words (all must match), \"exact phrase\", prefix*, OR, field:value", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit", "-n") { Description = "Most hits to show", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip first (the next page starts at the previous offset plus --limit)", DefaultValueFactory = _ => 0 };
        var command = new Command("search", "Search ads and other entities by words, phrases and field values, best hits first, with the matching snippet\n\n" + Syntax);
        command.Arguments.Add(text);
        command.Options.Add(limit);
        command.Options.Add(offset);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var query = string.Join(' ', parse.GetValue(text) ?? []);
            var max = parse.GetValue(limit);
            if (max is < 1 or > SearchLimits.MaxLimit)
            {
                throw new CliException("--limit must be between 1 and 10000", ExitCodes.Usage);
            }

            var skip = parse.GetValue(offset);
            if (skip is < 0 or > SearchLimits.MaxDepth)
            {
                throw new CliException("--offset must be between 0 and 100000", ExitCodes.Usage);
            }

            using var store = context.OpenReadOnlyStore();
            var hits = store.Search(query, max, skip);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { query, offset = skip, hits = hits.Select(h => new { entity_id = h.EntityId, schema = h.Schema, property = h.Property, snippet = h.Snippet, rank = h.Rank }) });
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
        table.AddColumn("#");
        table.AddColumn("entity");
        table.AddColumn("in");
        table.AddColumn("snippet");
        foreach (var hit in hits)
        {
            table.AddRow(hit.Rank.ToString(CultureInfo.InvariantCulture), Terminal.Escape(hit.EntityId), Terminal.Escape(hit.Property), console.Profile.Capabilities.Ansi ? Highlight(hit.Snippet) : Terminal.Escape(hit.Snippet.ReplaceLineEndings(" ")));
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
