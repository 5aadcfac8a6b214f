using System.Collections.Concurrent;
using Threadline.Security;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;

namespace Threadline.Web.Security;

/// <summary>
/// The server's security store (accounts, memberships, case registry, audit trail), opened once and shared by every
/// request, with the cases it serves and their workspaces (each opened read-only on first use and kept open).
/// </summary>
public sealed class ServerSecurity : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<WorkspaceHolder>> _workspaces = new(StringComparer.Ordinal);
    private readonly RegisteredCase? _single;

    public ServerSecurity(ServerSettings settings, TimeProvider clock)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        if (settings.Workspace is { } workspace)
        {
            if (WorkspaceStores.IsFile(workspace) && !File.Exists(workspace))
            {
                throw new FileNotFoundException($"no workspace at '{workspace}'", workspace);
            }

            if (!AccountRules.IsValidCaseReference(settings.CaseReference))
            {
                throw new InvalidOperationException($"--case: '{settings.CaseReference}' is not a case reference (1 to {AccountRules.MaxCaseReference} characters, no control characters)");
            }

            _single = new RegisteredCase(settings.CaseReference, workspace, WorkspaceName(workspace), clock.GetUtcNow());
        }

        if (settings.NoAuth)
        {
            // Without accounts there is no store to keep a trail in when the workspace cannot be written: the trail of the
            // workspace itself, as the CLI keeps it.
            Store = WorkspaceStores.OpenSecurity(settings.Workspace ?? throw new InvalidOperationException("--no-auth serves one --workspace"));
        }
        else
        {
            Store = WorkspaceStores.OpenSecurity(settings.Accounts);
        }

        if (_single is not null && Store.FindCase(_single.Reference) is { } registered && !SameLocation(registered.Workspace, _single.Workspace))
        {
            Store.Dispose();
            throw new InvalidOperationException($"--case {_single.Reference}: that reference is registered for another workspace ({WorkspaceStores.Shown(registered.Workspace)}); pass another --case");
        }

        Trail = new AuditTrail(Store, settings.AnchorsPath, clock);
        Authenticator = new Authenticator(Store);
    }

    public ServerSettings Settings { get; }

    public TimeProvider Clock { get; }

    public ISecurityStore Store { get; }

    public AuditTrail Trail { get; }

    public Authenticator Authenticator { get; }

    /// <summary>The case of <paramref name="reference"/> this server serves, or null.</summary>
    public RegisteredCase? FindCase(string? reference)
    {
        if (string.IsNullOrEmpty(reference) || !AccountRules.IsValidCaseReference(reference))
        {
            return null;
        }

        if (_single is not null && string.Equals(_single.Reference, reference, StringComparison.Ordinal))
        {
            return _single;
        }

        return Settings.NoAuth ? null : Store.FindCase(reference);
    }

    /// <summary>Every case served: the registry's and the single <c>--workspace</c>.</summary>
    public IReadOnlyList<RegisteredCase> Cases()
    {
        var cases = Settings.NoAuth ? [] : Store.Cases().ToList();
        if (_single is not null && !cases.Any(c => c.Reference == _single.Reference))
        {
            cases.Add(_single);
        }

        return [.. cases.OrderBy(c => c.Reference, StringComparer.Ordinal)];
    }

    /// <summary>The cases among <paramref name="memberships"/> that this server serves.</summary>
    public IReadOnlyList<RegisteredCase> CasesOf(IEnumerable<CaseMembership> memberships) =>
        [.. memberships.Select(m => FindCase(m.CaseReference)).OfType<RegisteredCase>()];

    /// <summary>The read-only workspace of a served case (opened once).</summary>
    public WorkspaceHolder Workspace(RegisteredCase served)
    {
        ArgumentNullException.ThrowIfNull(served);
        var lazy = _workspaces.GetOrAdd(served.Reference + "\n" + served.Workspace, _ => new Lazy<WorkspaceHolder>(() => new WorkspaceHolder(served.Workspace), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }

    public void Dispose()
    {
        foreach (var lazy in _workspaces.Values.Where(l => l.IsValueCreated))
        {
            lazy.Value.Store.Dispose();
        }

        Store.Dispose();
    }

    private static string WorkspaceName(string workspace) =>
        WorkspaceStores.IsFile(workspace) ? Path.GetFileName(workspace) : WorkspaceStores.Shown(workspace);

    private static bool SameLocation(string a, string b) =>
        WorkspaceStores.IsFile(a) && WorkspaceStores.IsFile(b)
            ? string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal)
            : string.Equals(a, b, StringComparison.Ordinal);
}
