using System.Globalization;
using Threadline.Storage.Engines;

namespace Threadline.Web.Security;

/// <summary>
/// How the server authenticates and what it serves, from the configuration (<c>--accounts</c>, <c>--workspace</c>,
/// <c>--case</c>, <c>--idle-minutes</c>, <c>--lifetime-hours</c>, <c>--keys</c>, <c>--anchors</c>, <c>--no-auth</c>).
/// </summary>
public sealed class ServerSettings
{
    /// <summary>Configuration key of the security store (accounts, memberships, case registry, audit trail).</summary>
    public const string AccountsKey = "accounts";

    /// <summary>Configuration key of the case reference <c>--workspace</c> is served under.</summary>
    public const string CaseKey = "case";

    /// <summary>Configuration key of the idle timeout in minutes.</summary>
    public const string IdleKey = "idle-minutes";

    /// <summary>Configuration key of the absolute session lifetime in hours.</summary>
    public const string LifetimeKey = "lifetime-hours";

    /// <summary>Configuration key of the data-protection key folder.</summary>
    public const string KeysKey = "keys";

    /// <summary>Configuration key of the audit anchors file.</summary>
    public const string AnchorsKey = "anchors";

    /// <summary>Configuration key of the loopback-only mode without accounts.</summary>
    public const string NoAuthKey = "no-auth";

    /// <summary>The case reference of a single <c>--workspace</c> when <c>--case</c> is not given.</summary>
    public const string DefaultCase = "default";

    /// <summary>How long a login step (password accepted, code not yet) may stay open.</summary>
    public static readonly TimeSpan StepLifetime = TimeSpan.FromMinutes(5);

    public ServerSettings(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Workspace = Blank(configuration[WebAppOptions.WorkspaceKey]);
        Accounts = Blank(configuration[AccountsKey]) ?? Workspace
            ?? throw new InvalidOperationException("no accounts store: pass --accounts LOCATION (or --workspace W, whose accounts are then used)");
        if (WorkspaceStores.IsFile(Accounts))
        {
            Accounts = Path.GetFullPath(Accounts);
        }

        if (Workspace is not null && WorkspaceStores.IsFile(Workspace))
        {
            Workspace = Path.GetFullPath(Workspace);
        }

        CaseReference = Blank(configuration[CaseKey]) ?? DefaultCase;
        IdleTimeout = TimeSpan.FromMinutes(Number(configuration[IdleKey], "--idle-minutes", 15, 1, 24 * 60));
        AbsoluteLifetime = TimeSpan.FromHours(Number(configuration[LifetimeKey], "--lifetime-hours", 12, 1, 24 * 7));
        NoAuth = bool.TryParse(configuration[NoAuthKey], out var noAuth) && noAuth;
        KeysFolder = Blank(configuration[KeysKey]) is { } keys ? Path.GetFullPath(keys)
            : WorkspaceStores.IsFile(Accounts) ? Accounts + ".keys"
            : Path.GetFullPath("threadline-keys");
        AnchorsPath = Blank(configuration[AnchorsKey]) is { } anchors ? Path.GetFullPath(anchors)
            : WorkspaceStores.IsFile(Accounts) ? Accounts + ".audit-anchors.jsonl"
            : Path.GetFullPath("threadline-audit-anchors.jsonl");
    }

    /// <summary>The security store's location (a file's full path, or a server location).</summary>
    public string Accounts { get; }

    /// <summary>The single workspace served as <see cref="CaseReference"/>, or null (the registry's cases only).</summary>
    public string? Workspace { get; }

    /// <summary>The reference <see cref="Workspace"/> is served under.</summary>
    public string CaseReference { get; }

    /// <summary>A session ends after this long without a request (sliding).</summary>
    public TimeSpan IdleTimeout { get; }

    /// <summary>A session ends this long after its login, however active.</summary>
    public TimeSpan AbsoluteLifetime { get; }

    /// <summary>Loopback only, no accounts: every request acts as the local operating-system user in the single case.</summary>
    public bool NoAuth { get; }

    /// <summary>Where the data-protection keys (which protect session cookies and anti-forgery tokens) are kept.</summary>
    public string KeysFolder { get; }

    /// <summary>Where audit anchors are appended.</summary>
    public string AnchorsPath { get; }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Number(string? text, string option, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"{option} must be a whole number from {min} to {max}, not '{text}'");
    }
}
