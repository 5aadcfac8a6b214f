using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Threadline.Storage.Sqlite;

/// <summary>Opens and configures connections to one workspace file.</summary>
internal sealed class Connections
{
    /// <summary>How long a connection waits for another writer before failing.</summary>
    public const int BusyTimeoutMs = 30_000;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();
    private readonly string _connectionString;

    /// <param name="fullPath">The workspace file.</param>
    /// <param name="access">How to open it: read and write (creating it), read-only, or read-only on a medium nothing can write (SQLite's <c>immutable</c>: no lock, no shared-memory file).</param>
    public Connections(string fullPath, WorkspaceAccess access = WorkspaceAccess.ReadWrite)
    {
        FullPath = fullPath;
        Access = access;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = access == WorkspaceAccess.Immutable ? "file:" + Uri.EscapeDataString(fullPath).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1" : fullPath,
            Mode = access == WorkspaceAccess.ReadWrite ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    public string FullPath { get; }

    public WorkspaceAccess Access { get; }

    /// <summary>
    /// Fails with one clear line when an existing file is not an SQLite database at all. A file is read once per
    /// process: closing a file handle drops every POSIX lock this process holds on that file, SQLite's included, so
    /// reading the header again while this process has the workspace open (a second read-only copy for the web app)
    /// would silently release the locks of the open connections; another process's writer could then delete the
    /// write-ahead log under them on close, and every later read failed with "disk I/O error".
    /// </summary>
    public static void CheckHeader(string fullPath, string shownPath)
    {
        if (Directory.Exists(fullPath))
        {
            throw new WorkspaceException($"'{shownPath}' is a directory, not a Threadline workspace file") { Kind = WorkspaceErrorKind.NotAWorkspace };
        }

        if (!File.Exists(fullPath) || Checked.ContainsKey(fullPath))
        {
            return;
        }

        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length == 0)
        {
            return;
        }

        Span<byte> header = stackalloc byte[16];
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read < header.Length || !header.SequenceEqual(SqliteHeader))
        {
            throw new WorkspaceException($"'{shownPath}' is not a Threadline workspace (not an SQLite database file)");
        }

        Checked.TryAdd(fullPath, 0);
    }

    /// <summary>Whether this process has read the file's header already (and will not open it again for that).</summary>
    internal static bool HeaderChecked(string fullPath) => Checked.ContainsKey(fullPath);

    /// <summary>Files whose header was read and found to be SQLite's (see <see cref="CheckHeader"/>).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Checked = new(StringComparer.Ordinal);

    /// <summary>The connection that writes (and answers point reads); configured by <see cref="ConfigureWriter"/> once the file is known to be a workspace.</summary>
    public SqliteConnection OpenWriter()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMs};"));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// 8 KiB pages (new files only), WAL, synchronous=NORMAL, a 256 MiB cache, checkpoints every 64 MiB. The cache is a
    /// ceiling, filled only as pages are touched; at 1M ads 64 MiB made the writer read its own index pages back from the
    /// kernel (docs/linking.md, "1M ads, same-day comparison").
    /// </summary>
    public static void ConfigureWriter(SqliteConnection connection)
    {
        Execute(connection, "PRAGMA page_size = 8192;");
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, """
            PRAGMA synchronous = NORMAL;
            PRAGMA cache_size = -262144;
            PRAGMA wal_autocheckpoint = 8000;
            PRAGMA journal_size_limit = 67108864;
            PRAGMA foreign_keys = OFF;
            """);
    }

    /// <summary>A connection of its own for one streaming read, so reads never block or disturb writes.</summary>
    public SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA cache_size = -16384; PRAGMA query_only = ON;"));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
