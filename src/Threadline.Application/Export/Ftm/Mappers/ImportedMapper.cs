using Threadline.Core.Statements;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// An entity <c>ingest ftm</c> read, written back as it was read: the FtM schema and property each value came under
/// (kept in its statement's detail), so FtM → workspace → FtM loses nothing. Values Threadline added to it since are
/// written under the FtM property of the same name where the schema has one. References to entities outside the
/// export are left out.
/// </summary>
internal static class ImportedMapper
{
    /// <summary>Whether any value of the entity was read from FtM.</summary>
    public static bool IsImported(Facts facts) => facts.Entity.Statements.Any(s => FtmProvenance.Imported(s, "schema") is not null);

    public static IEnumerable<FtmEntity> Map(Facts facts, FtmContext context)
    {
        var schema = Schema(facts.Entity.Statements);
        if (schema is null)
        {
            yield break;
        }

        var ftm = new FtmEntity(facts.Id, schema.Name, context.Problems);
        var map = FtmMapping.ForThreadline(facts.Entity.Schema);
        foreach (var s in facts.Entity.Statements)
        {
            var property = FtmProvenance.Imported(s, "prop")
                ?? (s.Property.StartsWith(FtmMapping.RawPrefix, StringComparison.Ordinal) ? s.Property[FtmMapping.RawPrefix.Length..] : map?.FtmProperty(s.Property) ?? s.Property);
            if (schema.Property(property) is not { } spec)
            {
                continue;
            }

            if (spec.Type == "entity" && !context.Includes(s.Value))
            {
                continue;
            }

            ftm.Add(property, s.Value, s, FtmProvenance.ImportedLang(s));
        }

        yield return ftm;
    }

    /// <summary>The most specific FtM schema the entity's values were read under.</summary>
    private static FtmSchema? Schema(IEnumerable<Statement> statements)
    {
        FtmSchema? best = null;
        foreach (var name in statements.Select(s => FtmProvenance.Imported(s, "schema")).Where(n => n is not null).Distinct(StringComparer.Ordinal))
        {
            if (!FtmVocabulary.Default.TryGet(name!, out var schema) || schema!.IsAbstract)
            {
                continue;
            }

            if (best is null || (schema.IsA(best.Name) && schema.Name != best.Name))
            {
                best = schema;
            }
        }

        return best;
    }
}
