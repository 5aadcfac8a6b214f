namespace Threadline.Cases.Grading;

/// <summary>An EU 4×4 evaluation, written as the source code followed by the information code ("B2").</summary>
public readonly record struct Grade(SourceReliability Source, InformationAssessment Information)
{
    /// <summary>Parses "A1" … "X4" (case-insensitive, surrounding spaces ignored).</summary>
    /// <exception cref="FormatException">Not a 4×4 grade; the message says which part is wrong.</exception>
    public static Grade Parse(string text)
    {
        if (TryParse(text, out var grade, out var error))
        {
            return grade;
        }

        throw new FormatException(error);
    }

    /// <summary>Parses a grade; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out Grade grade, out string error)
    {
        grade = default;
        var t = (text ?? string.Empty).Trim();
        if (t.Length != 2)
        {
            error = $"grade '{Shorten(t)}': expected a source code (A, B, C or X) followed by an information code (1-4), e.g. 'B2'";
            return false;
        }

        SourceReliability? source = char.ToUpperInvariant(t[0]) switch
        {
            'A' => SourceReliability.A,
            'B' => SourceReliability.B,
            'C' => SourceReliability.C,
            'X' => SourceReliability.X,
            _ => null,
        };
        if (source is null)
        {
            error = char.ToUpperInvariant(t[0]) is 'D' or 'E' or 'F'
                ? $"grade '{t}': the EU 4x4 system has source codes A, B, C and X only ('{t[0]}' belongs to the 6x6 or 5x5x5 systems)"
                : $"grade '{t}': source code must be A, B, C or X";
            return false;
        }

        if (t[1] is < '1' or > '4')
        {
            error = $"grade '{t}': information code must be 1, 2, 3 or 4";
            return false;
        }

        grade = new Grade(source.Value, (InformationAssessment)(t[1] - '0'));
        error = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Source}{(int)Information}";

    private static string Shorten(string s) => s.Length > 20 ? s[..20] + "…" : s;
}
