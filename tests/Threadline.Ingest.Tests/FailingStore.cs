using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Ingest.Tests;

/// <summary>
/// Passes everything to a store, but the write after <c>failAfterWrites</c> throws, as if the process died there; and a
/// write that holds a statement <c>refuses</c> picks is refused as a whole, as an engine refuses an entity of two types.
/// </summary>
internal sealed class FailingStore(IWorkspaceStore inner, int failAfterWrites, Func<Statement, bool>? refuses = null) : IWorkspaceStore
{
    private int _writes;

    public int SchemaVersion => inner.SchemaVersion;

    public WriteSummary Write(IReadOnlyCollection<Statement> statements)
    {
        if (++_writes > failAfterWrites)
        {
            throw new IOException("simulated crash during a write");
        }

        if (refuses is not null && statements.FirstOrDefault(refuses) is { } refused)
        {
            throw new InvalidOperationException($"entity '{refused.EntityId}' is a 'Thing' and cannot also be a 'Clash'");
        }

        return inner.Write(statements);
    }

    public IEnumerable<Statement> ReadStatements(StatementQuery query) => inner.ReadStatements(query);

    public IEnumerable<Entity> Entities(string? schema = null) => inner.Entities(schema);

    public Entity? GetEntity(string id) => inner.GetEntity(id);

    public long CountEntities(string? schema = null) => inner.CountEntities(schema);

    public long CountStatements() => inner.CountStatements();

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, int offset = 0) => inner.Search(query, limit, offset);

    public WorkspaceStats Stats() => inner.Stats();

    public IReadOnlyList<KeyValuePair<string, long>> Facet(string schema, string property, FacetKind kind = FacetKind.Value, int limit = 100) => inner.Facet(schema, property, kind, limit);

    public long LastSequence() => inner.LastSequence();

    public IEnumerable<string> EntitiesChangedSince(string schema, long afterSequence) => inner.EntitiesChangedSince(schema, afterSequence);

    public long DeleteByProducer(string producer, string? schema = null) => inner.DeleteByProducer(producer, schema);

    public long WriteResults(string kind, IEnumerable<ResultRecord> records, bool replace) => inner.WriteResults(kind, records, replace);

    public ResultRecord? GetResult(string kind, string id) => inner.GetResult(kind, id);

    public IReadOnlyList<ResultRecord> GetResults(string kind, IReadOnlyCollection<string> ids) => inner.GetResults(kind, ids);

    public IReadOnlyList<ResultRecord> PageResults(string kind, int offset, int limit, ResultOrder order = ResultOrder.Ascending, string? key = null) => inner.PageResults(kind, offset, limit, order, key);

    public long CountResults(string kind, string? key = null) => inner.CountResults(kind, key);

    public long DeleteResults(string kind) => inner.DeleteResults(kind);

    public IReadOnlyList<string> ResultKinds() => inner.ResultKinds();

    public IReadOnlyList<string> MetaKeys() => inner.MetaKeys();

    public IReadOnlyList<SourceState> Sources() => inner.Sources();

    public string? GetMeta(string key) => inner.GetMeta(key);

    public void SetMeta(string key, string value) => inner.SetMeta(key, value);

    public SourceState? GetSource(string sourceId) => inner.GetSource(sourceId);

    public void SetSource(SourceState state) => inner.SetSource(state);

    public void Dispose()
    {
        // The inner store belongs to the test.
    }
}
