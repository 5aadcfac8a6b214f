using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Ingest.Tests;

/// <summary>
/// A small store with the upsert rules of <see cref="IWorkspaceStore"/> (same id ⇒ widen the seen
/// window, keep the first locator), for reader and runner tests that need no SQLite.
/// </summary>
internal sealed class InMemoryStore : IWorkspaceStore
{
    private readonly SortedDictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceState> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _meta = new(StringComparer.Ordinal);

    public int SchemaVersion => 1;

    public int Writes { get; private set; }

    public WriteSummary Write(IReadOnlyCollection<Statement> statements)
    {
        Writes++;
        long inserted = 0, updated = 0, unchanged = 0;
        foreach (var s in statements)
        {
            var id = s.Id;
            if (!_statements.TryGetValue(id, out var old))
            {
                _statements[id] = s;
                inserted++;
                continue;
            }

            var first = Min(old.FirstSeen, s.FirstSeen);
            var last = Max(old.LastSeen, s.LastSeen);
            if (first == old.FirstSeen && last == old.LastSeen)
            {
                unchanged++;
            }
            else
            {
                _statements[id] = old with { FirstSeen = first, LastSeen = last };
                updated++;
            }
        }

        return new WriteSummary(inserted, updated, unchanged);
    }

    public IEnumerable<Statement> ReadStatements(StatementQuery query) =>
        _statements.Values
            .Where(s => (query.Schema is null || s.Schema == query.Schema)
                && (query.EntityId is null || s.EntityId == query.EntityId)
                && (query.EntityIds is null || query.EntityIds.Contains(s.EntityId))
                && (query.Property is null || s.Property == query.Property)
                && (query.Properties is null || query.Properties.Contains(s.Property))
                && (query.Producer is null || s.Producer == query.Producer)
                && (query.Source is null || s.Source == query.Source))
            .OrderBy(s => s.EntityId, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();

    public IEnumerable<Entity> Entities(string? schema = null) =>
        Entity.FromStatements(ReadStatements(new StatementQuery { Schema = schema })).OrderBy(e => e.Id, StringComparer.Ordinal);

    public Entity? GetEntity(string id)
    {
        var statements = ReadStatements(new StatementQuery { EntityId = id }).ToList();
        return statements.Count == 0 ? null : Entity.FromGroup(statements);
    }

    public long CountEntities(string? schema = null) =>
        _statements.Values.Where(s => schema is null || s.Schema == schema).Select(s => s.EntityId).Distinct(StringComparer.Ordinal).LongCount();

    public long CountStatements() => _statements.Count;

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, int offset = 0) => throw new NotSupportedException();

    public WorkspaceStats Stats() => throw new NotSupportedException();

    public IReadOnlyList<KeyValuePair<string, long>> Facet(string schema, string property, FacetKind kind = FacetKind.Value, int limit = 100) => throw new NotSupportedException();

    public long LastSequence() => throw new NotSupportedException();

    public IEnumerable<string> EntitiesChangedSince(string schema, long afterSequence) => throw new NotSupportedException();

    public long DeleteByProducer(string producer, string? schema = null) => throw new NotSupportedException();

    public long WriteResults(string kind, IEnumerable<ResultRecord> records, bool replace) => throw new NotSupportedException();

    public ResultRecord? GetResult(string kind, string id) => throw new NotSupportedException();

    public IReadOnlyList<ResultRecord> GetResults(string kind, IReadOnlyCollection<string> ids) => throw new NotSupportedException();

    public IReadOnlyList<ResultRecord> PageResults(string kind, int offset, int limit, ResultOrder order = ResultOrder.Ascending, string? key = null) => throw new NotSupportedException();

    public long CountResults(string kind, string? key = null) => throw new NotSupportedException();

    public long DeleteResults(string kind) => throw new NotSupportedException();

    public IReadOnlyList<string> ResultKinds() => [];

    public IReadOnlyList<string> MetaKeys() => [.. _meta.Keys.Order(StringComparer.Ordinal)];

    public IReadOnlyList<SourceState> Sources() => [.. _sources.Values.OrderBy(s => s.SourceId, StringComparer.Ordinal)];

    public string? GetMeta(string key) => _meta.GetValueOrDefault(key);

    public void SetMeta(string key, string value) => _meta[key] = value;

    public SourceState? GetSource(string sourceId) => _sources.GetValueOrDefault(sourceId);

    public void SetSource(SourceState state) => _sources[state.SourceId] = state;

    public void Dispose()
    {
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
