namespace Threadline.Storage.Postgres;

/// <summary>What mapping a search needs to know of the workspace's names.</summary>
/// <param name="Id">The id of a name (schema, property), or null when never stored.</param>
/// <param name="Schemata">The schema names of the model, for <c>schema:</c> terms.</param>
internal sealed record SearchNames(Func<NameKind, string, int?> Id, IEnumerable<string> Schemata);
