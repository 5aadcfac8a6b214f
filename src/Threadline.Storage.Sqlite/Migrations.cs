namespace Threadline.Storage.Sqlite;

/// <summary>
/// The SQLite workspace schema as an ordered list of steps. Never edit a released step: append a new
/// one. The layout and its reasons are in docs/adr/0001-storage.md.
/// </summary>
internal static class Migrations
{
    /// <summary>Value of <c>PRAGMA application_id</c> that marks a Threadline workspace ("THLN").</summary>
    public const int ApplicationId = 0x54484C4E;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "statements, entities, names, full-text index, meta and source state", """
            CREATE TABLE names(
                id INTEGER PRIMARY KEY,
                kind INTEGER NOT NULL,
                name TEXT NOT NULL,
                UNIQUE(kind, name));
            CREATE TABLE entities(
                eid INTEGER PRIMARY KEY,
                id TEXT NOT NULL,
                schema_id INTEGER NOT NULL,
                seq INTEGER NOT NULL);
            CREATE UNIQUE INDEX entities_by_id ON entities(id);
            CREATE UNIQUE INDEX entities_by_schema ON entities(schema_id, id);
            CREATE INDEX entities_by_change ON entities(schema_id, seq);
            CREATE TABLE statements(
                sid INTEGER PRIMARY KEY,
                eid INTEGER NOT NULL,
                hash BLOB NOT NULL,
                prop_id INTEGER NOT NULL,
                producer_id INTEGER NOT NULL,
                source_id INTEGER NOT NULL,
                version_id INTEGER,
                first_seen INTEGER,
                last_seen INTEGER,
                indexed INTEGER NOT NULL,
                locator TEXT,
                detail TEXT,
                value TEXT NOT NULL);
            CREATE UNIQUE INDEX statements_by_entity ON statements(eid, hash);
            CREATE INDEX statements_by_property ON statements(prop_id, producer_id, eid);
            CREATE VIRTUAL TABLE fulltext USING fts5(
                value,
                content = 'statements',
                content_rowid = 'sid',
                tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO counters(name, value) VALUES ('sequence', 0), ('statements', 0);
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE ingest_sources(
                source_id TEXT PRIMARY KEY,
                path TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                kind TEXT NOT NULL,
                completed INTEGER NOT NULL,
                accepted INTEGER NOT NULL,
                rejected INTEGER NOT NULL) WITHOUT ROWID;
            """),
        new(2, "derived results by kind and id, in sort-key order, with lookup keys", """
            CREATE TABLE results(
                rid INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                id TEXT NOT NULL,
                sort_key REAL NOT NULL,
                encoding INTEGER NOT NULL,
                payload BLOB NOT NULL);
            CREATE UNIQUE INDEX results_by_id ON results(kind, id);
            CREATE INDEX results_by_order ON results(kind, sort_key, id);
            CREATE TABLE result_keys(
                kind TEXT NOT NULL,
                key TEXT NOT NULL,
                sort_key REAL NOT NULL,
                id TEXT NOT NULL,
                rid INTEGER NOT NULL,
                PRIMARY KEY (kind, key, sort_key, id)) WITHOUT ROWID;
            CREATE INDEX result_keys_by_record ON result_keys(rid);
            """),
        new(3, "case files: headers, versioned append-only records, victim records apart", """
            CREATE TABLE case_files(
                reference TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                legal_basis TEXT NOT NULL,
                magistrate_role TEXT NOT NULL,
                magistrate_name TEXT NOT NULL,
                magistrate_office TEXT NOT NULL,
                status TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                opened_by TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE case_records(
                reference TEXT NOT NULL,
                kind TEXT NOT NULL,
                id TEXT NOT NULL,
                version INTEGER NOT NULL,
                written_at TEXT NOT NULL,
                author TEXT NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (reference, kind, id, version)) WITHOUT ROWID;
            CREATE INDEX case_records_by_kind ON case_records(kind, reference, id);
            CREATE TRIGGER case_records_no_update BEFORE UPDATE ON case_records BEGIN SELECT RAISE(ABORT, 'case records are append-only: write a new version'); END;
            CREATE TRIGGER case_records_no_delete BEFORE DELETE ON case_records BEGIN SELECT RAISE(ABORT, 'case records are append-only: write a new version'); END;
            CREATE TABLE case_victims(
                reference TEXT NOT NULL,
                kind TEXT NOT NULL,
                id TEXT NOT NULL,
                version INTEGER NOT NULL,
                written_at TEXT NOT NULL,
                author TEXT NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (reference, kind, id, version)) WITHOUT ROWID;
            CREATE TRIGGER case_victims_no_update BEFORE UPDATE ON case_victims BEGIN SELECT RAISE(ABORT, 'victim records are append-only: write a new version'); END;
            """),
        new(4, "full-text values by entity and by row: a search finds a matching value's entity, and a candidate's own values, without reading whole statement rows", """
            CREATE INDEX statements_fulltext_by_entity ON statements(eid, prop_id) WHERE indexed = 1;
            CREATE INDEX statements_fulltext_by_row ON statements(sid, eid, prop_id) WHERE indexed = 1;
            """),
    ];
}
