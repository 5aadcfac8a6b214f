namespace Threadline.Application.Export;

/// <summary>What an export wrote: entities by schema, statements, and the values it could not write as the format asks.</summary>
public sealed record ExportSummary(
    ExportFormat Format,
    long Entities,
    IReadOnlyDictionary<string, long> BySchema,
    long Statements,
    long ValuesLeftOut,
    long ValuesCut,
    long EntitiesLeftOut,
    IReadOnlyList<string> Samples);
