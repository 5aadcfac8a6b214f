using System.Text;
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
    private const int KeepBuffer = 1 << 20;
    private byte[] _text = new byte[4096];

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

    /// <summary>Binds text as UTF-8 encoded by .NET, the same bytes the statement id is hashed from.</summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length) <= _text.Length ? -1 : Encoding.UTF8.GetByteCount(value);
        if (length > _text.Length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _text);
        Check(raw.sqlite3_bind_text(_statement, index, _text.AsSpan(0, written)));
        if (_text.Length > KeepBuffer)
        {
            _text = new byte[4096];
        }
    }

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

    /// <summary>
    /// Steps once for a query: true with a row to read through the column getters, false when done.
    /// Call <see cref="Reset"/> before binding again. A failure throws the SQLite error.
    /// </summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc == raw.SQLITE_DONE)
        {
            return false;
        }

        var message = raw.sqlite3_errmsg(_db).utf8_to_string();
        raw.sqlite3_reset(_statement);
        throw new SqliteException(message, rc);
    }

    /// <summary>Ends the current step sequence so the statement can be bound and run again.</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>The column's bytes, valid until the next step or reset.</summary>
    public ReadOnlySpan<byte> Blob(int column) => raw.sqlite3_column_blob(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
