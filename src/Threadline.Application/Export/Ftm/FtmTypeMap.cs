using System.Collections.Frozen;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// How one FtM schema and one Threadline type stand for each other both ways: the FtM properties whose Threadline
/// name differs, the Threadline properties only Threadline has (its own code writes them, into other FtM properties or
/// entities), and the FtM properties Threadline does not read into this type. Every other property has the same name
/// and meaning on both sides.
/// </summary>
public sealed record FtmTypeMap
{
    public FtmTypeMap(string ftmSchema, string threadlineSchema, IReadOnlyDictionary<string, string>? renames = null, IEnumerable<string>? threadlineOnly = null, IEnumerable<string>? notRead = null)
    {
        FtmSchema = ftmSchema;
        ThreadlineSchema = threadlineSchema;
        Renames = (renames ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        ThreadlineNames = Renames.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
        ThreadlineOnly = (threadlineOnly ?? []).Append("proof").ToFrozenSet(StringComparer.Ordinal);
        NotRead = (notRead ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    public string FtmSchema { get; }

    public string ThreadlineSchema { get; }

    /// <summary>FtM property → Threadline property, where the names differ.</summary>
    public FrozenDictionary<string, string> Renames { get; }

    /// <summary>Threadline property → FtM property, where the names differ.</summary>
    public FrozenDictionary<string, string> ThreadlineNames { get; }

    /// <summary>Threadline properties with no FtM property of the same meaning; the type's own mapper writes them.</summary>
    public FrozenSet<string> ThreadlineOnly { get; }

    /// <summary>FtM properties that are not read into this type (listed in the quarantine when met).</summary>
    public FrozenSet<string> NotRead { get; }

    /// <summary>The Threadline property an FtM property is read into.</summary>
    public string ThreadlineProperty(string ftmProperty) => Renames.GetValueOrDefault(ftmProperty, ftmProperty);

    /// <summary>The FtM property a Threadline property is written as, or null when only Threadline has it.</summary>
    public string? FtmProperty(string threadlineProperty) =>
        ThreadlineOnly.Contains(threadlineProperty) ? null : ThreadlineNames.GetValueOrDefault(threadlineProperty, threadlineProperty);
}
