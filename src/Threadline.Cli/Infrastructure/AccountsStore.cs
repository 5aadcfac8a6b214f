using System.CommandLine;
using Threadline.Security;
using Threadline.Security.Audit;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Infrastructure;

/// <summary>
/// The security store a server's accounts, memberships and case registry live in: <c>--accounts LOCATION</c>, by
/// default the <c>--workspace</c>'s own. A file is made (migrated) when missing. Each command appends its audit record to
/// that store's trail before it changes anything.
/// </summary>
internal static class AccountsStore
{
    /// <summary>Where the accounts are: <c>--accounts</c>, else the workspace.</summary>
    public static string Location(CommandContext context, string? given) =>
        string.IsNullOrWhiteSpace(given) ? context.WorkspacePath
        : WorkspaceStores.IsFile(given) ? context.ResolvePath(given)
        : given;

    /// <summary>Opens the store after appending this command to its trail.</summary>
    public static ISecurityStore Open(CommandContext context, string location, AuditAction action)
    {
        if (WorkspaceStores.IsFile(location) && !File.Exists(location))
        {
            WorkspaceOpener.Migrate(location);
        }

        context.Audit.Record(location, action);
        try
        {
            return WorkspaceStores.OpenSecurity(location);
        }
        catch (WorkspaceException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }
}
