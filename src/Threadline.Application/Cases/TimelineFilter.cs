namespace Threadline.Application.Cases;

/// <summary>
/// Which events a timeline keeps: those naming a person (a persona id, a case person id or a name, whole or in part,
/// case-insensitive) and/or a place (a city or a country code, whole or in part).
/// </summary>
public sealed record TimelineFilter(string? Person = null, string? Place = null)
{
    /// <summary>The longest filter text.</summary>
    public const int MaxLength = 200;

    public bool Keeps(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return (Person is null || e.Persons.Any(p => p.Contains(Person, StringComparison.OrdinalIgnoreCase)))
            && (Place is null || (e.Place?.Contains(Place, StringComparison.OrdinalIgnoreCase) ?? false));
    }

    /// <summary>Checks the bounds.</summary>
    public TimelineFilter Checked() =>
        Person is { Length: > MaxLength } || Place is { Length: > MaxLength }
            ? throw new ArgumentException($"a timeline filter is at most {MaxLength} characters")
            : this;
}
