using System.Net.Sockets;
using Npgsql;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Turns what Npgsql and the server say when a workspace cannot be opened into a <see cref="WorkspaceException"/> of
/// the engine-neutral kind, naming the workspace as <see cref="PostgresLocation.Shown"/> (never a password).
/// </summary>
internal static class PostgresErrors
{
    public static WorkspaceException Translate(Exception ex, PostgresLocation location)
    {
        var shown = location.Shown;
        return ex switch
        {
            WorkspaceException workspace => workspace,
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                new($"the server refused the login for '{shown}' (wrong user or password; a password can come from ~/.pgpass or PGPASSWORD)", ex) { Kind = WorkspaceErrorKind.AccessDenied },
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                new($"the database '{location.Database}' does not exist on the server of '{shown}': create it (createdb) or name another", ex) { Kind = WorkspaceErrorKind.NotFound },
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } pg =>
                new($"'{shown}': the server's user lacks a privilege this needs ({pg.MessageText})", ex) { Kind = WorkspaceErrorKind.AccessDenied },
            PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } =>
                new($"workspace '{shown}' is read-only here (a read-only open, or a standby server): this needs to write to it", ex) { Kind = WorkspaceErrorKind.ReadOnly },
            PostgresException pg =>
                new($"cannot open workspace '{shown}': {pg.MessageText}", ex) { Kind = WorkspaceErrorKind.CannotOpen },
            NpgsqlException { InnerException: SocketException or TimeoutException or IOException } or TimeoutException or SocketException =>
                new($"cannot reach the PostgreSQL server of '{shown}' ({Inner(ex)})", ex) { Kind = WorkspaceErrorKind.Unreachable },
            _ => new($"cannot open workspace '{shown}': {Inner(ex)}", ex) { Kind = WorkspaceErrorKind.CannotOpen },
        };
    }

    public static bool IsDatabaseError(Exception ex) => ex is NpgsqlException or SocketException or TimeoutException;

    private static string Inner(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message.TrimEnd('.');
    }
}
