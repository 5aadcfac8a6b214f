using Threadline.Core.Statements;

namespace Threadline.Storage;

/// <summary>
/// The one storage contract. SQLite (embedded, the default) and PostgreSQL (a server for a team) implement it.
/// Every engine applies the same rules (<see cref="StatementValidator"/>, <see cref="StatementHash"/>,
/// <see cref="SeenWindow"/>, <see cref="SearchQuery"/>, <see cref="ResultRules"/>) and passes the same compliance
/// test suite. Statements are the only facts: the store upserts them (same id ⇒ widen first/last seen, never
/// duplicate) and answers queries. Derived results (networks, personas) are kept beside them as records.
/// </summary>
public interface IWorkspaceStore : IDisposable
{
    /// <summary>Version of the applied schema migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>
    /// Upserts statements in one transaction (all or nothing). A statement whose id exists widens
    /// the stored first/last-seen window and keeps the earliest locator; nothing is duplicated.
    /// Values of full-text properties (per the schema model) are indexed for <see cref="Search"/>.
    /// </summary>
    WriteSummary Write(IReadOnlyCollection<Statement> statements);

    /// <summary>True when the workspace was opened for reading only: every write fails.</summary>
    bool IsReadOnly => false;

    /// <summary>
    /// Does the part of a write that needs no storage (checking statements against the model, computing their ids)
    /// on the calling thread; safe to call from many threads at once while another writes. A job whose workers
    /// produce statements calls it on the workers and hands the results to
    /// <see cref="WritePrepared"/>, so that the single writer only stores.
    /// </summary>
    /// <exception cref="ArgumentException">A statement names an unknown schema or property, or lacks a required field.</exception>
    PreparedStatements Prepare(IReadOnlyCollection<Statement> statements) => PreparedStatements.Unprepared(statements);

    /// <summary>Writes prepared statements in one transaction, exactly as <see cref="Write(IReadOnlyCollection{Statement})"/> would write them all.</summary>
    WriteSummary WritePrepared(IReadOnlyList<PreparedStatements> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        return Write(batches.SelectMany(b => b.Statements).ToArray());
    }

    /// <summary>Streams statements matching the query, ordered by entity id then statement id.</summary>
    IEnumerable<Statement> ReadStatements(StatementQuery query);

    /// <summary>Streams whole entities of a schema (or all), ordered by id.</summary>
    IEnumerable<Entity> Entities(string? schema = null);

    /// <summary>
    /// Streams whole entities of one schema in the order the store keeps them, which is the fastest to
    /// read and lets a job that writes back to each entity it reads (extraction) touch the store's
    /// indexes in order. The order is deterministic for one workspace but not by id; a store without a
    /// cheaper order may return id order.
    /// </summary>
    /// <param name="schema">The entities' schema.</param>
    /// <param name="properties">When given, only statements of these properties are read (faster when
    /// a job needs a few of many); an entity with none of them is left out.</param>
    IEnumerable<Entity> EntitiesInStorageOrder(string schema, IReadOnlyCollection<string>? properties = null) =>
        properties is null
            ? Entities(schema)
            : Entities(schema)
                .Select(e => e.Statements.Where(s => properties.Contains(s.Property)).ToArray())
                .Where(s => s.Length > 0)
                .Select(Entity.FromGroup);

    /// <summary>
    /// The values of some properties of every entity of one schema, in the order of <see cref="EntitiesInStorageOrder"/>,
    /// without the statements themselves (no provenance but each entity's first locator): the read for a job that
    /// computes over all entities of a schema and needs values only. Answers what
    /// <see cref="EntityValues.Of"/> would make of <see cref="EntitiesInStorageOrder"/>'s entities, which is what
    /// an engine without a narrower query of its own returns; an entity with none of the properties is left out.
    /// </summary>
    IEnumerable<EntityValues> ValuesInStorageOrder(string schema, ValueColumns properties)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(properties);
        return EntitiesInStorageOrder(schema, properties.Names).Select(e => EntityValues.Of(e, properties));
    }

    /// <summary>One entity with all its statements, or null.</summary>
    Entity? GetEntity(string id);

    /// <summary>Number of distinct entities, of one schema or of all.</summary>
    long CountEntities(string? schema = null);

    /// <summary>Number of statements.</summary>
    long CountStatements();

    /// <summary>
    /// Finds entities by Threadline's search syntax (<see cref="SearchQuery"/>, docs/search.md): words that must all
    /// match, <c>"phrases"</c>, <c>prefix*</c>, <c>OR</c>, <c>field:value</c>. Hits are whole entities, best first:
    /// an entity whose full-text values hold the rarer words more often, in shorter values, comes earlier; ties go
    /// in entity id order, so paging is stable. No engine's own query syntax is accepted: the text never fails.
    /// </summary>
    /// <param name="query">What the user typed (bounded by <see cref="SearchLimits"/>).</param>
    /// <param name="limit">Most hits to return (cut to <see cref="SearchLimits.MaxLimit"/>); 0 or less returns none.</param>
    /// <param name="offset">Hits to skip, for paging (hits past <see cref="SearchLimits.MaxDepth"/> are not reachable).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20, int offset = 0);

    /// <summary>
    /// The same hits as <see cref="Search"/> in the same order, without the matched property and snippet (both empty):
    /// what counting and faceting the best hits need, without the cost of marking hundreds of values.
    /// </summary>
    /// <param name="query">What the user typed.</param>
    /// <param name="limit">Most hits to return (cut to <see cref="SearchLimits.MaxLimit"/>).</param>
    /// <param name="schema">Only entities of this schema (as if <c>schema:NAME</c> were typed after the query), or all.</param>
    IReadOnlyList<SearchHit> SearchBest(string query, int limit, string? schema = null) =>
        Search(schema is null ? query : query + " " + SearchFields.Schema + ":" + schema, limit)
            .Select(h => h with { Property = string.Empty, Snippet = string.Empty }).ToList();

    /// <summary>
    /// The best <paramref name="limit"/> hits, as <see cref="Search"/> from the first, of which only those at positions
    /// [<paramref name="shownFrom"/>, <paramref name="shownFrom"/> + <paramref name="shownCount"/>) of the list carry
    /// their property and snippet: one ranking serves both a page and the wider window a view counts facets over.
    /// </summary>
    /// <param name="query">What the user typed.</param>
    /// <param name="limit">Most hits to return (cut to <see cref="SearchLimits.MaxLimit"/>).</param>
    /// <param name="shownFrom">Position in the list of the first hit to mark.</param>
    /// <param name="shownCount">Hits to mark from there.</param>
    IReadOnlyList<SearchHit> SearchWindow(string query, int limit, int shownFrom, int shownCount)
    {
        var hits = SearchBest(query, limit).ToList();
        var shown = Search(query, shownCount, shownFrom);
        for (var i = 0; i < shown.Count && shownFrom + i < hits.Count; i++)
        {
            hits[shownFrom + i] = shown[i];
        }

        return hits;
    }

    /// <summary>Entities counted by schema, and the number of statements.</summary>
    WorkspaceStats Stats();

    /// <summary>
    /// Entities of one schema counted by the values of one property (<see cref="FacetKind.Value"/>: ads by site, by
    /// country) or by the month of its date values (<see cref="FacetKind.Month"/>: ads by month of posting). An entity
    /// with several values counts under each; entities with none count under <see cref="Facets.Unknown"/>, listed last.
    /// Order and cut as <see cref="Facets.Order"/> says.
    /// </summary>
    /// <param name="schema">The entities' schema (exactly; not its descendants).</param>
    /// <param name="property">The property counted by.</param>
    /// <param name="kind">Values or months.</param>
    /// <param name="limit">Most keys to return besides <see cref="Facets.Unknown"/> (cut to <see cref="Facets.MaxLimit"/>); 0 or less returns none.</param>
    IReadOnlyList<KeyValuePair<string, long>> Facet(string schema, string property, FacetKind kind = FacetKind.Value, int limit = 100);

    /// <summary>
    /// Facets of some entities (a search's best hits), as <see cref="Facet"/> counts a whole schema: for each field, how
    /// many of <paramref name="entityIds"/> that are entities of <paramref name="schema"/> hold each value (or month), those
    /// with none under <see cref="Facets.Unknown"/>; ordered and cut as <see cref="Facets.Order"/> says. Ids past the first
    /// <see cref="Facets.MaxEntities"/> are not counted.
    /// </summary>
    /// <returns>One list per field, keyed by its property (every field asked has a list, perhaps empty; one field per property counts).</returns>
    IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, long>>> FacetsOf(string schema, IReadOnlyCollection<string> entityIds, IReadOnlyList<FacetField> fields, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(fields);
        var ids = entityIds.Distinct(StringComparer.Ordinal).Take(Facets.MaxEntities).ToList();
        var tally = new FacetTally(fields);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count > 0 && fields.Count > 0)
        {
            foreach (var s in ReadStatements(new StatementQuery { Schema = schema, EntityIds = ids, Properties = fields.Select(f => f.Property).Distinct(StringComparer.Ordinal).ToList() }))
            {
                seen.Add(s.EntityId);
                tally.Add(s.EntityId, s.Property, s.Value);
            }

            // Entities that hold none of the fields count as unknown under each, when they are entities of the schema.
            var rest = ids.Where(id => !seen.Contains(id)).ToList();
            if (rest.Count > 0)
            {
                seen.UnionWith(ReadStatements(new StatementQuery { Schema = schema, EntityIds = rest }).Select(s => s.EntityId));
            }
        }

        return tally.Result(seen.Count, limit);
    }

    /// <summary>
    /// The highest change sequence so far. Every insert or change of a statement takes a new,
    /// larger sequence number, so incremental jobs remember where they stopped.
    /// </summary>
    long LastSequence();

    /// <summary>Ids of entities of a schema with a statement inserted or changed after <paramref name="afterSequence"/>.</summary>
    IEnumerable<string> EntitiesChangedSince(string schema, long afterSequence);

    /// <summary>Deletes the statements a producer wrote (optionally of one schema): used when a derived job (linking) is re-run from scratch.</summary>
    long DeleteByProducer(string producer, string? schema = null);

    /// <summary>
    /// Keeps derived results (link and money results: networks, personas, accounts) as records of a kind, in one
    /// transaction: all of them or, when a record is refused, none. With <paramref name="replace"/> the kind's
    /// earlier records go (readers see the old set or the new, never a mix); without, a record replaces the one with
    /// its id, keys included, and the others stay.
    /// </summary>
    /// <param name="kind">What the records are (<c>network</c>, <c>persona</c>); see <see cref="ResultRules.CheckKind"/>.</param>
    /// <param name="records">The records; read once, as they come (a job may stream them).</param>
    /// <param name="replace">Whether the records are the whole of the kind.</param>
    /// <returns>Records written.</returns>
    /// <exception cref="ArgumentException">A bad kind, a record <see cref="ResultRules.Check"/> refuses, or one id twice.</exception>
    long WriteResults(string kind, IEnumerable<ResultRecord> records, bool replace);

    /// <summary>One result with its payload and keys, or null.</summary>
    ResultRecord? GetResult(string kind, string id);

    /// <summary>Several results by id (at most <see cref="ResultLimits.MaxPage"/>), those that exist, in id order.</summary>
    IReadOnlyList<ResultRecord> GetResults(string kind, IReadOnlyCollection<string> ids);

    /// <summary>
    /// A page of a kind's results in sort-key order (ties by id), all of them or those carrying <paramref name="key"/>.
    /// </summary>
    /// <param name="kind">The results' kind.</param>
    /// <param name="offset">Records to skip.</param>
    /// <param name="limit">Most records (cut to <see cref="ResultLimits.MaxPage"/>); 0 or less returns none.</param>
    /// <param name="order">Ascending or its exact reverse.</param>
    /// <param name="key">When given, only records with this key (<see cref="ResultRecord.Keys"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    IReadOnlyList<ResultRecord> PageResults(string kind, int offset, int limit, ResultOrder order = ResultOrder.Ascending, string? key = null);

    /// <summary>Number of results of a kind, or of those carrying <paramref name="key"/>.</summary>
    long CountResults(string kind, string? key = null);

    /// <summary>Deletes every result of a kind; returns how many there were.</summary>
    long DeleteResults(string kind);

    /// <summary>The kinds that have results, in ordinal order (for copying a whole workspace).</summary>
    IReadOnlyList<string> ResultKinds();

    /// <summary>
    /// Streams every result of a kind in page order (<see cref="ResultOrder.Ascending"/>), with payloads and keys, a
    /// page at a time: what <see cref="PageResults"/> gives page after page, for copying a whole kind.
    /// </summary>
    IEnumerable<ResultRecord> ReadResults(string kind)
    {
        for (var offset = 0; ; offset += ResultLimits.MaxPage)
        {
            var page = PageResults(kind, offset, ResultLimits.MaxPage);
            foreach (var record in page)
            {
                yield return record;
            }

            if (page.Count < ResultLimits.MaxPage)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads a workspace setting (job watermarks and the like).</summary>
    string? GetMeta(string key);

    /// <summary>Writes a workspace setting.</summary>
    void SetMeta(string key, string value);

    /// <summary>The keys of every workspace setting, in ordinal order (for copying a whole workspace).</summary>
    IReadOnlyList<string> MetaKeys();

    /// <summary>Ingest state of a source file, used to skip finished files and resume killed runs.</summary>
    SourceState? GetSource(string sourceId);

    /// <summary>Records the ingest state of a source file.</summary>
    void SetSource(SourceState state);

    /// <summary>
    /// Records the ingest state of several source files at once, as one write where the engine can (a folder of saved
    /// pages is hundreds of thousands of one-ad files: one commit each cost more than their statements). The states
    /// are kept in order, a later one for the same source id winning.
    /// </summary>
    void SetSources(IReadOnlyList<SourceState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        foreach (var state in states)
        {
            SetSource(state);
        }
    }

    /// <summary>The ingest state of every source file, by source id in ordinal order.</summary>
    IReadOnlyList<SourceState> Sources();
}
