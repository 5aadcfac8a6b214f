namespace Threadline.Storage;

/// <summary>What a workspace holds, over every schema; breakdowns of one schema come from <see cref="IWorkspaceStore.Facet"/>.</summary>
/// <param name="EntitiesBySchema">Entities per schema, most first (then by name).</param>
/// <param name="Statements">Statements stored.</param>
public sealed record WorkspaceStats(IReadOnlyList<KeyValuePair<string, long>> EntitiesBySchema, long Statements);
