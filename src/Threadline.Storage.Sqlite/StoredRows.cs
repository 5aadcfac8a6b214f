namespace Threadline.Storage.Sqlite;

/// <summary>
/// Finds the stored rows of the statements a write is about to merge, on the writer connection. Not thread-safe.
/// </summary>
internal sealed class StoredRows : IDisposable
{
    /// <summary>
    /// An entity with at least this many statements in a batch has its stored rows read in one range scan (of at most
    /// <see cref="ScanLimit"/> rows) instead of one lookup per statement: an ad gets its ten extraction statements
    /// next to its twenty ingested ones. Entities with more rows (a phone in thousands of ads) are looked up per statement.
    /// </summary>
    private const int ScanFrom = 4;
    private const int ScanLimit = 64;
    private readonly byte[] _hashBlob = new byte[16];
    private readonly RawStatement _loadRows;
    private readonly RawStatement _scanRows;

    public StoredRows(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        _loadRows = new RawStatement(connection, "SELECT sid, first_seen, last_seen, locator FROM statements WHERE eid = ?1 AND hash = ?2;");
        _scanRows = new RawStatement(
            connection,
            FormattableString.Invariant($"SELECT hash, sid, first_seen, last_seen, locator FROM statements INDEXED BY statements_by_entity WHERE eid = ?1 LIMIT {ScanLimit + 1};"));
    }

    /// <summary>
    /// Loads the stored rows of this batch's statements only, by (entity, hash): an entity that gathers
    /// statements from every file (a site, a phone seen in thousands of ads) must not be read whole per write.
    /// </summary>
    public void Load(long eid, List<int> members, UInt128[] hashes, Dictionary<UInt128, PendingRow> rows)
    {
        if (members.Count >= ScanFrom && ScanRows(eid, members, hashes, rows))
        {
            return;
        }

        foreach (var i in members)
        {
            if (rows.ContainsKey(hashes[i]))
            {
                continue;
            }

            StatementHash.Write(hashes[i], _hashBlob);
            _loadRows.Bind(1, eid);
            _loadRows.Bind(2, _hashBlob);
            try
            {
                if (_loadRows.Step())
                {
                    rows[hashes[i]] = StoredRow(_loadRows, 0);
                }
            }
            finally
            {
                _loadRows.Reset();
            }
        }
    }

    /// <summary>A stored row from the columns sid, first_seen, last_seen, locator starting at <paramref name="column"/>.</summary>
    private static PendingRow StoredRow(RawStatement row, int column) => new()
    {
        Sid = row.Int64(column),
        Seen = new SeenWindow(
            row.IsNull(column + 1) ? null : row.Int64(column + 1),
            row.IsNull(column + 2) ? null : row.Int64(column + 2),
            row.IsNull(column + 3) ? null : row.Text(column + 3)),
    };

    /// <summary>Reads the entity's rows in one range scan; false (nothing kept) when it has more than <see cref="ScanLimit"/>.</summary>
    private bool ScanRows(long eid, List<int> members, UInt128[] hashes, Dictionary<UInt128, PendingRow> rows)
    {
        var wanted = new HashSet<UInt128>(members.Count);
        foreach (var i in members)
        {
            wanted.Add(hashes[i]);
        }

        var found = new List<(UInt128 Hash, PendingRow Row)>();
        var seen = 0;
        _scanRows.Bind(1, eid);
        try
        {
            while (_scanRows.Step())
            {
                if (++seen > ScanLimit)
                {
                    return false;
                }

                var hash = StatementHash.Read(_scanRows.Blob(0));
                if (wanted.Contains(hash))
                {
                    found.Add((hash, StoredRow(_scanRows, 1)));
                }
            }
        }
        finally
        {
            _scanRows.Reset();
        }

        foreach (var (hash, row) in found)
        {
            rows[hash] = row;
        }

        return true;
    }

    public void Dispose()
    {
        _loadRows.Dispose();
        _scanRows.Dispose();
    }
}
