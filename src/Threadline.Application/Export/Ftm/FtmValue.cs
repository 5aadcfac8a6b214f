using Threadline.Core.Statements;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// One value of one FtM property, with the workspace statements it was made from (its provenance), the value as
/// Threadline held it when FtM's form differs, and the language of text when known (ISO 639-3).
/// </summary>
public sealed class FtmValue
{
    private readonly List<Statement> _from = [];

    internal FtmValue(string value, string? originalValue, string? lang)
    {
        Value = value;
        OriginalValue = originalValue;
        Lang = lang;
    }

    public string Value { get; }

    /// <summary>The workspace's value when it was rewritten (a country's case, a date's form) or cut; else null.</summary>
    public string? OriginalValue { get; private set; }

    public string? Lang { get; private set; }

    /// <summary>The statements this value came from, without repeats, in the order first given.</summary>
    public IReadOnlyList<Statement> From => _from;

    internal void Merge(IEnumerable<Statement> from, string? originalValue, string? lang)
    {
        foreach (var s in from)
        {
            if (!_from.Exists(x => string.Equals(x.Id, s.Id, StringComparison.Ordinal)))
            {
                _from.Add(s);
            }
        }

        OriginalValue ??= originalValue;
        Lang ??= lang;
    }
}
