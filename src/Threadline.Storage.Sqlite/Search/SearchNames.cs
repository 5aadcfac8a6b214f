namespace Threadline.Storage.Sqlite;

/// <summary>What mapping a search needs to know of the workspace's names.</summary>
/// <param name="Id">The id of a name (schema, property) in the <c>names</c> table, or null when never stored.</param>
/// <param name="Schemata">The schema names of the model, for <c>schema:</c> terms.</param>
internal sealed record SearchNames(Func<NameKind, string, long?> Id, IEnumerable<string> Schemata);
