using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Threadline.Core.Model;

namespace Threadline.Storage;

/// <summary>
/// The field names a query may use, from the schema model: every declared property (a full-text one matches
/// inside its text, an entity one by the target's id or name, any other by its whole value) and <c>schema</c>.
/// Names are matched ignoring case (<c>postedat:</c> is <c>postedAt:</c>).
/// </summary>
public sealed class SearchFields
{
    /// <summary>The pseudo-field that limits hits to a type: <c>schema:Persona</c>.</summary>
    public const string Schema = "schema";

    private static readonly ConditionalWeakTable<SchemaModel, SearchFields> Cache = [];
    private readonly FrozenDictionary<string, SearchField> _fields;

    private SearchFields(SchemaModel model)
    {
        var fields = new Dictionary<string, SearchField>(StringComparer.OrdinalIgnoreCase)
        {
            [Schema] = new SearchField(Schema, SearchFieldKind.Schema),
        };
        var properties = model.Schemata.Values.SelectMany(s => s.Properties.Values).ToList();
        foreach (var group in properties.GroupBy(p => p.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (fields.ContainsKey(group.Key))
            {
                continue;
            }

            // A name that is full text anywhere searches text; one that points at entities anywhere matches them.
            var kind = group.Any(p => p.FullText) ? SearchFieldKind.Text
                : group.Any(p => p.IsEdge) ? SearchFieldKind.Reference
                : SearchFieldKind.Value;
            fields[group.Key] = new SearchField(group.Key, kind);
        }

        _fields = fields.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The fields of a model (built once per model).</summary>
    public static SearchFields For(SchemaModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Cache.GetValue(model, m => new SearchFields(m));
    }

    /// <summary>Every field, by canonical name.</summary>
    public IEnumerable<SearchField> All => _fields.Values.OrderBy(f => f.Name, StringComparer.Ordinal);

    /// <summary>The field of that name (any case), if the model has one.</summary>
    public bool TryGet(string name, [MaybeNullWhen(false)] out SearchField field)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _fields.TryGetValue(name, out field);
    }
}
