namespace Threadline.Storage;

/// <summary>What a workspace holds.</summary>
public sealed record WorkspaceStats(
    IReadOnlyList<KeyValuePair<string, long>> EntitiesBySchema,
    IReadOnlyList<KeyValuePair<string, long>> AdsBySite,
    IReadOnlyList<KeyValuePair<string, long>> AdsByCountry,
    IReadOnlyList<KeyValuePair<string, long>> AdsByMonth,
    long Statements);
