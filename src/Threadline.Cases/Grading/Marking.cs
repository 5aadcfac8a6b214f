using System.Collections.Immutable;

namespace Threadline.Cases.Grading;

/// <summary>
/// The evaluation and handling of one piece of information: its 4×4 <see cref="Grade"/>, its handling code, the
/// provider's own words for H3 restrictions, and the purposes the provider has since allowed in writing.
/// </summary>
public sealed record Marking
{
    /// <summary>The longest H3 condition text kept.</summary>
    public const int MaxConditionsLength = 1000;

    public Marking(Grade grade, HandlingCode handling, string? conditions = null, IEnumerable<ExportPurpose>? permitted = null)
    {
        if (!Enum.IsDefined(handling))
        {
            throw new ArgumentOutOfRangeException(nameof(handling), handling, "handling code must be H0, H1, H2 or H3");
        }

        var c = string.IsNullOrWhiteSpace(conditions) ? null : conditions.Trim();
        if (handling == HandlingCode.H3 && c is null)
        {
            throw new ArgumentException("handling code H3 needs the provider's restrictions in words (conditions)", nameof(conditions));
        }

        if (c is { Length: > MaxConditionsLength })
        {
            throw new ArgumentException($"conditions: {c.Length} characters, at most {MaxConditionsLength}", nameof(conditions));
        }

        Grade = grade;
        Handling = handling;
        Conditions = c;
        PermittedByProvider = (permitted ?? []).ToImmutableSortedSet();
    }

    public Grade Grade { get; }

    public HandlingCode Handling { get; }

    /// <summary>The provider's restrictions in words (required for H3, optional otherwise).</summary>
    public string? Conditions { get; }

    /// <summary>Purposes the provider has allowed despite the handling code.</summary>
    public ImmutableSortedSet<ExportPurpose> PermittedByProvider { get; }

    /// <summary>Parses "B2 H1" (grade then handling code, separated by spaces).</summary>
    public static Marking Parse(string text, string? conditions = null)
    {
        var parts = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"marking '{text}': expected a grade and a handling code, e.g. 'B2 H1'");
        }

        var handling = parts[1].ToUpperInvariant() switch
        {
            "H0" => HandlingCode.H0,
            "H1" => HandlingCode.H1,
            "H2" => HandlingCode.H2,
            "H3" => HandlingCode.H3,
            _ => throw new FormatException($"marking '{text}': handling code must be H0, H1, H2 or H3"),
        };
        return new Marking(Grade.Parse(parts[0]), handling, conditions);
    }

    /// <summary>The provider allows <paramref name="purpose"/> from now on.</summary>
    public Marking Permit(ExportPurpose purpose) => new(Grade, Handling, Conditions, PermittedByProvider.Add(purpose));

    /// <summary>The label shown beside the information and printed in exports: "B2 · H1".</summary>
    public string Label => Conditions is null ? $"{Grade} · {Handling}" : $"{Grade} · {Handling} ({Conditions})";

    /// <inheritdoc />
    public override string ToString() => Label;
}
