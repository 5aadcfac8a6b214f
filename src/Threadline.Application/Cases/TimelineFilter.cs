namespace Threadline.Application.Cases;

/// <summary>
/// Which events a timeline keeps: those naming a person (a persona id, a case person id or a name) and/or a place (a
/// city or a country code). Matching is by whole words, case-insensitive: "Chen" finds "Jing Chen", "ES" finds
/// "Alicante, ES", and "S1" finds the person S1 but not an account number that happens to contain those letters.
/// </summary>
public sealed record TimelineFilter(string? Person = null, string? Place = null)
{
    /// <summary>The longest filter text.</summary>
    public const int MaxLength = 200;

    public bool Keeps(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return (Person is null || e.Persons.Any(p => Matches(p, Person)))
            && (Place is null || (e.Place is { } place && Matches(place, Place)));
    }

    /// <summary>Checks the bounds.</summary>
    public TimelineFilter Checked() =>
        Person is { Length: > MaxLength } || Place is { Length: > MaxLength }
            ? throw new ArgumentException($"a timeline filter is at most {MaxLength} characters")
            : this;

    private static bool Matches(string text, string filter)
    {
        if (string.Equals(text, filter.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = Words(text);
        var wanted = Words(filter);
        return wanted.Length > 0 && wanted.All(w => words.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    private static string[] Words(string text) =>
        text.Split([' ', ',', ';', '(', ')', '/', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
