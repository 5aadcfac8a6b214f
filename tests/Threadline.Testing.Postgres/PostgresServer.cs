using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Threadline.Storage.Postgres;

namespace Threadline.Testing.Postgres;

/// <summary>
/// The PostgreSQL server tests use, one per test process: the server named by <c>THREADLINE_TEST_POSTGRES</c> (a
/// <c>postgres://</c> URI of a user who may create databases), or a throwaway one from the machine's PostgreSQL
/// binaries (Debian's <c>postgresql</c> package): <c>initdb</c> into a temporary folder (as the <c>postgres</c> user when
/// running as root), started on 127.0.0.1 at a free port with a bounded wait, stopped and removed when the process
/// exits. Servers left behind by a killed test process are stopped and removed by the next one.
/// </summary>
public sealed class PostgresServer
{
    public const string Variable = "THREADLINE_TEST_POSTGRES";
    private const string FolderPrefix = "threadline-pg-";
    private static readonly Lazy<PostgresServer> SharedServer = new(Start);
    private readonly string? _folder;
    private readonly string? _bin;

    private PostgresServer(PostgresLocation admin, string? folder, string? bin)
    {
        Admin = admin;
        _folder = folder;
        _bin = bin;
    }

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Unavailable { get; } = Probe();

    /// <summary>The server, started on first use.</summary>
    public static PostgresServer Shared => SharedServer.Value;

    /// <summary>The maintenance database as the server's superuser (or the given user).</summary>
    public PostgresLocation Admin { get; }

    /// <summary>A new, empty database on the server; its name.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8';");
        return name;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing its sessions.</summary>
    public void DropDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
    }

    /// <summary>A workspace location in a database of this server.</summary>
    public PostgresLocation Workspace(string database, string workspace = PostgresLocation.DefaultWorkspace) =>
        Admin.WithDatabase(database).WithWorkspace(workspace);

    private void Execute(string sql)
    {
        using var data = NpgsqlDataSource.Create(Admin.ConnectionString(readOnly: false));
        using var command = data.CreateCommand(sql);
        command.ExecuteNonQuery();
    }

    private static string? Probe()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 })
        {
            return null;
        }

        if (FindBin() is null)
        {
            return "PostgreSQL is not installed here (no initdb/pg_ctl/postgres under /usr/lib/postgresql/*/bin or on PATH): "
                + "install Debian's 'postgresql' package (test.sh does when it may), or set " + Variable + " to a server's postgres:// URI";
        }

        if (IsRoot() && !UserExists("postgres"))
        {
            return "running as root, and there is no 'postgres' user to run the throwaway server as (PostgreSQL refuses to run as root)";
        }

        return null;
    }

    private static PostgresServer Start()
    {
        if (Unavailable is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return new PostgresServer(PostgresLocation.Parse(given), null, null);
        }

        CleanUpLeftovers();
        var bin = FindBin()!;
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            if (IsRoot())
            {
                Run("chown", ["postgres", folder], TimeSpan.FromSeconds(30));
            }

            var data = Path.Combine(folder, "data");
            RunAsPostgres(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"], TimeSpan.FromMinutes(2));
            for (var attempt = 1; ; attempt++)
            {
                var port = FreePort();
                try
                {
                    // fsync off and friends: a test server's data is thrown away; durability is not what is tested.
                    RunAsPostgres(
                        Path.Combine(bin, "pg_ctl"),
                        ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                            $"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB", "start"],
                        TimeSpan.FromSeconds(90));
                    var server = new PostgresServer(PostgresLocation.Parse($"postgres://postgres@127.0.0.1:{port}/postgres"), folder, bin);
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
                    return server;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                    // Another process took the port between the probe and the start: try another.
                }
            }
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    private void Stop()
    {
        if (_folder is null || _bin is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            RunAsPostgres(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "-t", "30", "stop"], TimeSpan.FromSeconds(40));
        }
        catch (InvalidOperationException)
        {
            // Already gone; the folder goes anyway.
        }

        TryDelete(_folder);
    }

    /// <summary>Stops and removes servers of test processes that no longer run (killed before they could clean up).</summary>
    private static void CleanUpLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var name = Path.GetFileName(folder)[FolderPrefix.Length..];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            var bin = FindBin();
            if (bin is not null && File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                try
                {
                    RunAsPostgres(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "-t", "30", "stop"], TimeSpan.FromSeconds(40));
                }
                catch (InvalidOperationException)
                {
                    // Not running any more.
                }
            }

            TryDelete(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? FindBin()
    {
        static bool Has(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));
        const string Debian = "/usr/lib/postgresql";
        if (Directory.Exists(Debian))
        {
            var versions = Directory.EnumerateDirectories(Debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(d => Has(d.Dir))
                .OrderByDescending(d => d.Version);
            if (versions.FirstOrDefault() is { Dir: not null } found)
            {
                return found.Dir;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).FirstOrDefault(d => d.Length > 0 && Has(d));
    }

    private static bool IsRoot() => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static bool UserExists(string user) =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(user + ":", StringComparison.Ordinal));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsPostgres(string program, string[] arguments, TimeSpan timeout)
    {
        if (IsRoot())
        {
            Run("runuser", ["-u", "postgres", "--", program, .. arguments], timeout);
        }
        else
        {
            Run(program, arguments, timeout);
        }
    }

    /// <summary>Runs a program to its end within <paramref name="timeout"/>; what it printed is in the error when it fails.</summary>
    private static void Run(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:F0} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held; the next run's clean-up removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
