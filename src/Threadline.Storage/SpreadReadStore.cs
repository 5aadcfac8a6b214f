using Threadline.Core.Statements;

namespace Threadline.Storage;

/// <summary>
/// One read-only workspace opened several times, each call sent to the copy with the fewest calls in flight: an engine
/// that answers a point read or a search on one connection under a lock (SQLite) then answers as many requests at once
/// as there are copies, which is what a web app with many clients needs. Every copy is thread-safe on its own and no
/// lock is held between calls, so nested calls (a lookup inside an enumeration) cannot wait on each other. Writes are
/// refused as the copies refuse them. Disposing disposes every copy.
/// </summary>
public sealed class SpreadReadStore : IWorkspaceStore
{
    /// <summary>Most copies (each holds a connection and its page cache).</summary>
    public const int MaxCopies = 16;

    private readonly IWorkspaceStore[] _copies;
    private readonly int[] _inFlight;
    private int _next;

    /// <param name="open">Opens one read-only copy.</param>
    /// <param name="copies">How many (1 to <see cref="MaxCopies"/>).</param>
    public SpreadReadStore(Func<IWorkspaceStore> open, int copies)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(copies, MaxCopies);
        _copies = new IWorkspaceStore[copies];
        _inFlight = new int[copies];
        try
        {
            for (var i = 0; i < copies; i++)
            {
                _copies[i] = open();
                if (!_copies[i].IsReadOnly)
                {
                    throw new ArgumentException("every copy must be open read-only", nameof(open));
                }
            }
        }
        catch
        {
            foreach (var copy in _copies.OfType<IWorkspaceStore>())
            {
                copy.Dispose();
            }

            throw;
        }
    }

    /// <summary>How many copies answer.</summary>
    public int Copies => _copies.Length;

    /// <summary>One of the copies (they all open the same workspace): for what is kept beside it, such as the case files.</summary>
    public IWorkspaceStore First => _copies[0];

    public int SchemaVersion => _copies[0].SchemaVersion;

    public bool IsReadOnly => true;

    public WriteSummary Write(IReadOnlyCollection<Statement> statements) => _copies[0].Write(statements);

    public PreparedStatements Prepare(IReadOnlyCollection<Statement> statements) => _copies[0].Prepare(statements);

    public WriteSummary WritePrepared(IReadOnlyList<PreparedStatements> batches) => _copies[0].WritePrepared(batches);

    public IEnumerable<Statement> ReadStatements(StatementQuery query) => Stream(s => s.ReadStatements(query));

    public IEnumerable<Entity> Entities(string? schema = null) => Stream(s => s.Entities(schema));

    public IEnumerable<Entity> EntitiesInStorageOrder(string schema, IReadOnlyCollection<string>? properties = null) =>
        Stream(s => s.EntitiesInStorageOrder(schema, properties));

    public IEnumerable<EntityValues> ValuesInStorageOrder(string schema, ValueColumns properties) =>
        Stream(s => s.ValuesInStorageOrder(schema, properties));

    public Entity? GetEntity(string id) => Call(s => s.GetEntity(id));

    public long CountEntities(string? schema = null) => Call(s => s.CountEntities(schema));

    public long CountStatements() => Call(s => s.CountStatements());

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, int offset = 0) => Call(s => s.Search(query, limit, offset));

    public IReadOnlyList<SearchHit> SearchBest(string query, int limit, string? schema = null) => Call(s => s.SearchBest(query, limit, schema));

    public IReadOnlyList<SearchHit> SearchWindow(string query, int limit, int shownFrom, int shownCount) => Call(s => s.SearchWindow(query, limit, shownFrom, shownCount));

    public WorkspaceStats Stats() => Call(s => s.Stats());

    public IReadOnlyList<KeyValuePair<string, long>> Facet(string schema, string property, FacetKind kind = FacetKind.Value, int limit = 100) =>
        Call(s => s.Facet(schema, property, kind, limit));

    public IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, long>>> FacetsOf(string schema, IReadOnlyCollection<string> entityIds, IReadOnlyList<FacetField> fields, int limit = 100) =>
        Call(s => s.FacetsOf(schema, entityIds, fields, limit));

    public long LastSequence() => Call(s => s.LastSequence());

    public IEnumerable<string> EntitiesChangedSince(string schema, long afterSequence) => Stream(s => s.EntitiesChangedSince(schema, afterSequence));

    public long DeleteByProducer(string producer, string? schema = null) => _copies[0].DeleteByProducer(producer, schema);

    public long WriteResults(string kind, IEnumerable<ResultRecord> records, bool replace) => _copies[0].WriteResults(kind, records, replace);

    public ResultRecord? GetResult(string kind, string id) => Call(s => s.GetResult(kind, id));

    public IReadOnlyList<ResultRecord> GetResults(string kind, IReadOnlyCollection<string> ids) => Call(s => s.GetResults(kind, ids));

    public IReadOnlyList<ResultRecord> PageResults(string kind, int offset, int limit, ResultOrder order = ResultOrder.Ascending, string? key = null) =>
        Call(s => s.PageResults(kind, offset, limit, order, key));

    public long CountResults(string kind, string? key = null) => Call(s => s.CountResults(kind, key));

    public long DeleteResults(string kind) => _copies[0].DeleteResults(kind);

    public IReadOnlyList<string> ResultKinds() => Call(s => s.ResultKinds());

    public IEnumerable<ResultRecord> ReadResults(string kind) => Stream(s => s.ReadResults(kind));

    public string? GetMeta(string key) => Call(s => s.GetMeta(key));

    public void SetMeta(string key, string value) => _copies[0].SetMeta(key, value);

    public IReadOnlyList<string> MetaKeys() => Call(s => s.MetaKeys());

    public SourceState? GetSource(string sourceId) => Call(s => s.GetSource(sourceId));

    public void SetSource(SourceState state) => _copies[0].SetSource(state);

    public void SetSources(IReadOnlyList<SourceState> states) => _copies[0].SetSources(states);

    public IReadOnlyList<SourceState> Sources() => Call(s => s.Sources());

    public void Dispose()
    {
        foreach (var copy in _copies)
        {
            copy.Dispose();
        }
    }

    private T Call<T>(Func<IWorkspaceStore, T> read)
    {
        var i = Pick();
        try
        {
            return read(_copies[i]);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight[i]);
        }
    }

    private IEnumerable<T> Stream<T>(Func<IWorkspaceStore, IEnumerable<T>> read)
    {
        var i = Pick();
        try
        {
            foreach (var item in read(_copies[i]))
            {
                yield return item;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight[i]);
        }
    }

    /// <summary>The copy with the fewest calls in flight, starting the search from a rotating index so ties spread.</summary>
    private int Pick()
    {
        var start = (int)((uint)Interlocked.Increment(ref _next) % (uint)_copies.Length);
        var best = start;
        for (var k = 1; k < _copies.Length; k++)
        {
            var i = (start + k) % _copies.Length;
            if (Volatile.Read(ref _inFlight[i]) < Volatile.Read(ref _inFlight[best]))
            {
                best = i;
            }
        }

        Interlocked.Increment(ref _inFlight[best]);
        return best;
    }
}
