namespace Threadline.Core.Statements;

/// <summary>
/// One value of one property of one entity, with where it came from. Facts are never rewritten:
/// seeing the same value again only widens its first/last-seen window.
/// </summary>
/// <param name="EntityId">Deterministic id of the entity the value belongs to.</param>
/// <param name="Schema">Schema (entity type) name, e.g. <c>Advertisement</c>.</param>
/// <param name="Property">Property name as declared in the schema.</param>
/// <param name="Value">The value as text (dates ISO 8601, numbers invariant).</param>
/// <param name="Source">Id of the Source entity (the file or feed) the value came from.</param>
/// <param name="Locator">Where in the source: <c>file.jsonl:12</c>, a URL, a page.</param>
/// <param name="Producer">What produced the value: <c>ingest.ads</c>, <c>extract.phone</c>…</param>
/// <param name="ProducerVersion">Version of the producer, so results can be re-derived.</param>
/// <param name="FirstSeen">When the value was first observed in the source (not when ingested).</param>
/// <param name="LastSeen">When the value was last observed in the source.</param>
/// <param name="Detail">Optional JSON with evidence: spans, techniques, rule ids, weights.</param>
public sealed record Statement(
    string EntityId,
    string Schema,
    string Property,
    string Value,
    string Source,
    string? Locator,
    string Producer,
    string? ProducerVersion,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    string? Detail = null)
{
    /// <summary>
    /// Identity of the statement: the same value of the same property of the same entity from the
    /// same source and producer is one statement, however often it is seen.
    /// </summary>
    public string Id => Ids.Hash(EntityId, Property, Value, Source, Producer);
}
