using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// A prepared statement driven through SQLitePCL directly, for the hot insert path where the
/// ADO.NET parameter layer costs more than SQLite itself. Runs inside whatever transaction the
/// owning <see cref="SqliteConnection"/> has open. Not thread-safe.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    public void Bind(int index, ReadOnlySpan<byte> blob) => Check(raw.sqlite3_bind_blob(_statement, index, blob));

    /// <summary>Steps to completion and resets; a failure throws the SQLite error.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_DONE || rc == raw.SQLITE_ROW)
        {
            raw.sqlite3_reset(_statement);
            return;
        }

        var message = raw.sqlite3_errmsg(_db).utf8_to_string();
        raw.sqlite3_reset(_statement);
        throw new SqliteException(message, rc);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
