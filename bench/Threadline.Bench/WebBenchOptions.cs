namespace Threadline.Bench;

/// <summary>
/// Options of the web benchmark: <c>--only NAME,NAME</c> runs the targets whose names contain one of the texts
/// (<c>--only "page  leads,api   leads"</c>), <c>--twice</c> runs the targets twice in a row (the first round meets a
/// cold app and server, the second a warm one), <c>--statements N</c> prints the N statements sent most per target.
/// </summary>
internal sealed record WebBenchOptions(IReadOnlyList<string> Only, bool Twice, int Statements)
{
    public static WebBenchOptions From(ref string[] args)
    {
        var list = args.ToList();
        var only = Take(list, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var twice = list.Remove("--twice");
        var statements = Take(list, "--statements") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 0;
        args = [.. list];
        return new WebBenchOptions(only, twice, statements);
    }

    public IEnumerable<(string Name, IReadOnlyList<string> Urls)> Select(IEnumerable<(string Name, IReadOnlyList<string> Urls)> targets)
    {
        var chosen = targets.Where(t => Only.Count == 0 || Only.Any(o => Squeeze(t.Name).Contains(Squeeze(o), StringComparison.Ordinal))).ToList();
        return Twice ? chosen.Concat(chosen) : chosen;
    }

    private static string Squeeze(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string? Take(List<string> args, string option)
    {
        var at = args.IndexOf(option);
        if (at < 0 || at + 1 >= args.Count)
        {
            return null;
        }

        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }
}
