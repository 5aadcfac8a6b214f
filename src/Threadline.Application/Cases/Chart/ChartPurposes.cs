using Threadline.Cases.Grading;

namespace Threadline.Application.Cases.Chart;

/// <summary>The names of export purposes on the command line, in URLs and on pages.</summary>
public static class ChartPurposes
{
    private static readonly (string Name, ExportPurpose Purpose, string Words)[] Known =
    [
        ("case-team", ExportPurpose.CaseTeam, "the case team"),
        ("judicial-file", ExportPurpose.JudicialFile, "the judicial file"),
        ("onward-dissemination", ExportPurpose.OnwardDissemination, "onward dissemination to law enforcement"),
        ("outside-law-enforcement", ExportPurpose.NonLawEnforcement, "a recipient outside law enforcement"),
    ];

    /// <summary>Every name accepted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Known.Select(k => k.Name)];

    /// <summary>Parses a purpose name.</summary>
    /// <exception cref="ArgumentException">Unknown or missing, naming the field and the accepted names.</exception>
    public static ExportPurpose Parse(string? name) =>
        Known.FirstOrDefault(k => string.Equals(k.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } k
            ? k.Purpose
            : throw new ArgumentException($"purpose '{(name is { Length: > 40 } ? name[..40] : name)}': one of {string.Join(", ", Names)}", "purpose");

    public static string Name(ExportPurpose purpose) => Known.First(k => k.Purpose == purpose).Name;

    public static string Words(ExportPurpose purpose) => Known.First(k => k.Purpose == purpose).Words;
}
