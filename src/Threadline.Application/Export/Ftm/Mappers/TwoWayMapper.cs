using Threadline.Core.Statements;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// Writes a type that is FtM's own property by property (renamed where the map says): what <c>ingest ftm</c> reads
/// comes back out the same. References to entities outside the export are left out.
/// </summary>
internal static class TwoWayMapper
{
    public static FtmEntity Map(Facts facts, FtmTypeMap map, FtmContext context)
    {
        var ftm = new FtmEntity(facts.Id, map.FtmSchema, context.Problems);
        foreach (var property in facts.Properties)
        {
            if (map.FtmProperty(property) is not { } name || ftm.Schema.Property(name) is not { } spec)
            {
                continue;
            }

            foreach (var s in facts.Of(property))
            {
                if (spec.Type == "entity" && !context.Includes(s.Value))
                {
                    continue;
                }

                ftm.Add(name, s.Value, s, FtmProvenance.ImportedLang(s));
            }
        }

        return ftm;
    }
}
