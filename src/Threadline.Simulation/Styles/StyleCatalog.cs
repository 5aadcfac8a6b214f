namespace Threadline.Simulation.Styles;

/// <summary>
/// The writing styles <c>threadline simulate --style</c> knows (Data/styles.json), and which actor kinds each one
/// changes. <see cref="Mixed"/> (or <see cref="All"/>) stands for every style.
/// </summary>
public static class StyleCatalog
{
    /// <summary>Every style, each group of the kinds it applies to drawing one of them.</summary>
    public const string Mixed = "mixed";

    /// <summary>Same as <see cref="Mixed"/>.</summary>
    public const string All = "all";

    private static readonly Lazy<StyleBook> LazyBook = new(Core.Embedded.StyleBook);

    /// <summary>Style names in file order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. LazyBook.Value.Styles.Select(s => s.Name)];

    internal static StyleBook Book => LazyBook.Value;

    /// <summary>The actor kinds (independent, agency, trafficking, scam) a style changes.</summary>
    public static IReadOnlyList<string> Actors(string style) => Book.Styles.First(s => string.Equals(s.Name, style, StringComparison.Ordinal)).Actors;

    /// <summary>One line on what a style does.</summary>
    public static string Summary(string style) => Book.Styles.First(s => string.Equals(s.Name, style, StringComparison.Ordinal)).Summary;

    /// <summary>
    /// The styles named, in catalogue order without repeats; <see cref="Mixed"/> and <see cref="All"/> give every style.
    /// Throws <see cref="ArgumentException"/> naming an unknown style.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in requested)
        {
            var name = raw.Trim().ToLowerInvariant();
            if (name.Length == 0)
            {
                continue;
            }

            if (name is Mixed or All)
            {
                wanted.UnionWith(Names);
            }
            else if (Names.Contains(name, StringComparer.Ordinal))
            {
                wanted.Add(name);
            }
            else
            {
                throw new ArgumentException($"unknown style '{raw.Trim()}'; known: {string.Join(", ", Names)}, {Mixed}");
            }
        }

        return [.. Names.Where(wanted.Contains)];
    }
}
