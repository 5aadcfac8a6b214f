using System.Security.Cryptography;
using System.Text;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// One FollowTheMoney statement: a value of a property of an entity in a dataset, with its language, the value as first
/// given, when it was first and last seen, and its origin. Its id is FtM's: the SHA-1 of
/// <c>dataset.entity_id.prop.value</c>. Each entity also has one statement of the pseudo-property <c>id</c> whose value
/// is its id: it carries the entity's schema even when it has no other value.
/// </summary>
public sealed record FtmStatementRow(
    string EntityId,
    string Schema,
    string Prop,
    string PropType,
    string Value,
    string Dataset,
    string? Lang,
    string? OriginalValue,
    string? FirstSeen,
    string? LastSeen,
    string? Origin)
{
    /// <summary>FtM's name of the pseudo-property that states an entity's schema.</summary>
    public const string IdProp = "id";

    public string Id => MakeId(Dataset, EntityId, Prop, Value);

    /// <summary>FtM's statement id: hex SHA-1 of <c>dataset.entity_id.prop.value</c>.</summary>
    public static string MakeId(string dataset, string entityId, string prop, string value)
    {
        // FtM's statement ids are SHA-1 (an identity, not a security measure): another hash would not match FtM's.
#pragma warning disable CA5350
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{dataset}.{entityId}.{prop}.{value}")));
#pragma warning restore CA5350
    }

    /// <summary>The statements of an entity: its <c>id</c> statement, then one per value.</summary>
    public static IEnumerable<FtmStatementRow> Of(FtmEntity entity, string dataset, IReadOnlyDictionary<string, string> sourceFiles)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var (first, last) = entity.Seen();
        var datasets = entity.Properties.SelectMany(p => p.Value).Select(v => FtmProvenance.Dataset(v, dataset)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var d in datasets.Count == 0 ? [dataset] : datasets)
        {
            yield return new FtmStatementRow(entity.Id, entity.Schema.Name, IdProp, IdProp, entity.Id, d, null, null, Time(first), Time(last), null);
        }

        foreach (var (name, values) in entity.Properties)
        {
            var type = entity.Schema.Property(name)!.Type;
            foreach (var value in values)
            {
                var (f, l) = FtmProvenance.Seen(value);
                var original = value.From.Select(s => FtmProvenance.Imported(s, "original_value")).FirstOrDefault(o => o is not null) ?? value.OriginalValue;
                yield return new FtmStatementRow(entity.Id, entity.Schema.Name, name, type, value.Value, FtmProvenance.Dataset(value, dataset), value.Lang, original, Time(f), Time(l), FtmProvenance.Origin(value, sourceFiles));
            }
        }
    }

    private static string? Time(DateTimeOffset? at) => at is { } t ? FtmValues.Timestamp(t) : null;
}
