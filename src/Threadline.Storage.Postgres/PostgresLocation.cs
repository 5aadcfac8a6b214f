using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Where a PostgreSQL workspace is: a server, a database, and the workspace's own schema in that database
/// (docs/adr/0005-postgres-layout.md). Read from a <c>postgres://user@host:port/db?workspace=name</c> URI or from an
/// Npgsql connection string (<c>Host=…;Database=…;Workspace=name</c>). Passwords may come from the location, from
/// <c>~/.pgpass</c> or <c>PGPASSWORD</c>; <see cref="Shown"/> never holds one and is the only form ever printed.
/// </summary>
public sealed partial class PostgresLocation
{
    /// <summary>The workspace (schema) used when the location names none.</summary>
    public const string DefaultWorkspace = "threadline";

    private static readonly Dictionary<string, string> UriParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["command_timeout"] = "Command Timeout",
        ["passfile"] = "Passfile",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
    };

    private readonly NpgsqlConnectionStringBuilder _builder;

    private PostgresLocation(NpgsqlConnectionStringBuilder builder, string workspace)
    {
        _builder = builder;
        Workspace = workspace;
        Shown = Show(builder, workspace);
    }

    /// <summary>The workspace's schema name in the database.</summary>
    public string Workspace { get; }

    /// <summary>The database.</summary>
    public string Database => _builder.Database ?? string.Empty;

    /// <summary>The location as it may be printed: <c>postgres://user@host:port/db?workspace=name</c>, never a password.</summary>
    public string Shown { get; }

    /// <inheritdoc />
    public override string ToString() => Shown;

    /// <summary>Whether the text names a PostgreSQL workspace (a <c>postgres://</c> or <c>postgresql://</c> URI, or a connection string with a host).</summary>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return UriScheme().IsMatch(location) || ConnectionStringHost().IsMatch(location);
    }

    /// <summary>Reads a location.</summary>
    /// <exception cref="WorkspaceException">It is malformed, or names a workspace that is not a valid schema name; the message never holds a password.</exception>
    public static PostgresLocation Parse(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return UriScheme().IsMatch(location) ? FromUri(location) : FromConnectionString(location);
    }

    /// <summary>The same server and database, another workspace.</summary>
    public PostgresLocation WithWorkspace(string workspace) => new(new NpgsqlConnectionStringBuilder(_builder.ConnectionString), CheckWorkspace(workspace, Shown));

    /// <summary>The same server, another database (the maintenance database <c>postgres</c>, a test's own).</summary>
    public PostgresLocation WithDatabase(string database) => new(new NpgsqlConnectionStringBuilder(_builder.ConnectionString) { Database = database }, Workspace);

    /// <summary>The Npgsql connection string, with Threadline's defaults where the location set none.</summary>
    internal string ConnectionString(bool readOnly)
    {
        var builder = new NpgsqlConnectionStringBuilder(_builder.ConnectionString);
        builder.ApplicationName ??= "threadline";
        if (builder.CommandTimeout == 30)
        {
            // Npgsql's default. Facets, deletes and copies of a large workspace run for minutes: waiting is what was asked.
            builder.CommandTimeout = 0;
        }

        // Connections keep their temporary staging table and prepared statements between uses.
        builder.NoResetOnClose = true;
        builder.MaxAutoPrepare = builder.MaxAutoPrepare == 0 ? 64 : builder.MaxAutoPrepare;
        builder.AutoPrepareMinUsages = 2;
        if (readOnly)
        {
            builder.Options = (builder.Options is { Length: > 0 } options ? options + " " : string.Empty) + "-c default_transaction_read_only=on";
        }

        return builder.ConnectionString;
    }

    private static PostgresLocation FromUri(string location)
    {
        var match = UriParts().Match(location);
        if (!match.Success)
        {
            throw Bad(location, "is not a postgres://user@host:port/database URI");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        var workspace = DefaultWorkspace;
        try
        {
            if (match.Groups["user"].Success && match.Groups["user"].Length > 0)
            {
                builder.Username = Uri.UnescapeDataString(match.Groups["user"].Value);
            }

            if (match.Groups["password"].Success)
            {
                builder.Password = Uri.UnescapeDataString(match.Groups["password"].Value);
            }

            var hosts = Uri.UnescapeDataString(match.Groups["hosts"].Value);
            builder.Host = hosts.Length == 0 ? "localhost" : hosts;
            if (match.Groups["db"].Success && match.Groups["db"].Length > 0)
            {
                builder.Database = Uri.UnescapeDataString(match.Groups["db"].Value);
            }

            foreach (var pair in (match.Groups["query"].Value).Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
                var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
                if (name.Equals("workspace", StringComparison.OrdinalIgnoreCase))
                {
                    workspace = value;
                }
                else if (UriParameters.TryGetValue(name, out var key))
                {
                    builder[key] = value;
                }
                else
                {
                    throw Bad(location, $"has a parameter Threadline does not know ('{name}'; known: workspace, {string.Join(", ", UriParameters.Keys.Order(StringComparer.Ordinal))})");
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or UriFormatException)
        {
            throw Bad(location, "has a value Npgsql cannot use", ex);
        }

        builder.Database ??= builder.Username ?? "postgres";
        return new PostgresLocation(builder, CheckWorkspace(workspace, Redact(location)));
    }

    private static PostgresLocation FromConnectionString(string location)
    {
        NpgsqlConnectionStringBuilder builder;
        var workspace = DefaultWorkspace;
        try
        {
            var generic = new DbConnectionStringBuilder { ConnectionString = location };
            if (generic.TryGetValue("workspace", out var named))
            {
                workspace = Convert.ToString(named, CultureInfo.InvariantCulture) ?? DefaultWorkspace;
                generic.Remove("workspace");
            }

            builder = new NpgsqlConnectionStringBuilder(generic.ConnectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            throw Bad(location, "is a connection string Npgsql cannot read (a key it does not know, or a value of the wrong kind)", ex);
        }

        builder.Database ??= builder.Username ?? "postgres";
        return new PostgresLocation(builder, CheckWorkspace(workspace, Show(builder, DefaultWorkspace)));
    }

    /// <summary>A workspace is a schema: lower-case letters, digits and <c>_</c>, starting with a letter, at most 63 characters, not <c>pg_…</c>.</summary>
    private static string CheckWorkspace(string workspace, string shown)
    {
        if (!WorkspaceName().IsMatch(workspace) || workspace.StartsWith("pg_", StringComparison.Ordinal) || workspace == "public")
        {
            throw new WorkspaceException($"'{shown}': the workspace name '{workspace}' must be 1 to 63 lower-case letters, digits or '_', start with a letter, and not be 'public' or start with 'pg_'")
            {
                Kind = WorkspaceErrorKind.BadLocation,
            };
        }

        return workspace;
    }

    private static WorkspaceException Bad(string location, string why, Exception? inner = null)
    {
        var message = $"'{Redact(location)}' {why}";
        return inner is null
            ? new WorkspaceException(message) { Kind = WorkspaceErrorKind.BadLocation }
            : new WorkspaceException(message, inner) { Kind = WorkspaceErrorKind.BadLocation };
    }

    /// <summary>
    /// A location as typed, made safe to print: a URI's password becomes <c>***</c>, and a connection string is never
    /// echoed (only its host, database and user are named).
    /// </summary>
    public static string Redact(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (UriScheme().IsMatch(location))
        {
            var safe = UriPassword().Replace(location, "$1***@");
            return QueryPassword().Replace(safe, "$1***");
        }

        try
        {
            var generic = new DbConnectionStringBuilder { ConnectionString = location };
            var parts = new StringBuilder("connection string (");
            foreach (var key in new[] { "host", "server", "port", "database", "username", "user id", "user" })
            {
                if (generic.TryGetValue(key, out var value))
                {
                    parts.Append(CultureInfo.InvariantCulture, $"{key}={value}; ");
                }
            }

            return parts.ToString().TrimEnd(' ', ';') + ")";
        }
        catch (ArgumentException)
        {
            return "a connection string";
        }
    }

    private static string Show(NpgsqlConnectionStringBuilder builder, string workspace)
    {
        var text = new StringBuilder("postgres://");
        if (!string.IsNullOrEmpty(builder.Username))
        {
            text.Append(Uri.EscapeDataString(builder.Username)).Append('@');
        }

        text.Append(builder.Host ?? "localhost");
        if (builder.Port != NpgsqlConnection.DefaultPort && !(builder.Host ?? string.Empty).Contains(',', StringComparison.Ordinal))
        {
            text.Append(':').Append(builder.Port.ToString(CultureInfo.InvariantCulture));
        }

        text.Append('/').Append(Uri.EscapeDataString(builder.Database ?? string.Empty));
        if (workspace != DefaultWorkspace)
        {
            text.Append("?workspace=").Append(workspace);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^postgres(ql)?://", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UriScheme();

    [GeneratedRegex(@"^postgres(?:ql)?://(?:(?<user>[^:@/?]*)(?::(?<password>[^@/?]*))?@)?(?<hosts>[^/?]*)(?:/(?<db>[^?]*))?(?:\?(?<query>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex UriParts();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*://[^:/@?]*:)[^@/?]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"([?&]password=)[^&]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QueryPassword();

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringHost();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex WorkspaceName();
}
