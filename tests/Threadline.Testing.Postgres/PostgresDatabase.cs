using Threadline.Storage.Postgres;

namespace Threadline.Testing.Postgres;

/// <summary>A class fixture: one database of the shared server for one test class, dropped when the class is done.</summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly string? _name;
    private int _workspaces;

    public PostgresDatabase()
    {
        if (PostgresServer.Unavailable is null)
        {
            _name = PostgresServer.Shared.CreateDatabase();
        }
    }

    /// <summary>The database's name.</summary>
    public string Name => _name ?? throw new InvalidOperationException(PostgresServer.Unavailable);

    /// <summary>A location for a new workspace (a schema not yet created) in this database.</summary>
    public PostgresLocation NewWorkspace() => PostgresServer.Shared.Workspace(Name, "w" + Interlocked.Increment(ref _workspaces).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A new workspace, created and migrated.</summary>
    public PostgresLocation MigratedWorkspace()
    {
        var location = NewWorkspace();
        PostgresWorkspaceStore.Migrate(location);
        return location;
    }

    public void Dispose()
    {
        if (_name is not null)
        {
            PostgresServer.Shared.DropDatabase(_name);
        }
    }
}
