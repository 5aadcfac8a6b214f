using System.CommandLine;
using System.Globalization;
using Threadline.Security;
using Threadline.Security.Access;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Security.Tokens;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Infrastructure;

/// <summary>
/// Sign-in for the command line on a team's data (LED 2016/680 Art. 25: who did it, checked, not claimed). A store is
/// a team's once its accounts store holds an enabled admin with TOTP enrolled: the accounts store itself, and every
/// workspace registered in it as a case's (<c>cases add</c> records the accounts store in the workspace). Every command
/// on such a store presents a token (<c>threadline login</c>, or one an admin issued with <c>users token add</c>):
/// <c>--token-file F</c>, else <c>THREADLINE_TOKEN</c>, else the file <c>login</c> wrote (<c>THREADLINE_TOKEN_FILE</c>,
/// else <c>~/.config/threadline/token</c>). The command then acts as the token's account (<c>--as</c> is refused), and
/// the server's rule (<see cref="NeedToKnow"/>) decides: case data for members of a case served from that workspace,
/// disclosures with a reason, the audit trail for auditors, accounts and cases for admins. A refusal is itself in the
/// trail. Before an admin with TOTP exists (setting up) nothing is asked. Whoever can write a workspace file directly
/// can edit it: for files this guards against mistakes and keeps names honest; on a server, database roles decide.
/// </summary>
internal sealed class CliSignIn
{
    /// <summary>Variable holding a token.</summary>
    public const string TokenVariable = "THREADLINE_TOKEN";

    /// <summary>Variable naming the file <c>login</c> writes and commands read.</summary>
    public const string TokenFileVariable = "THREADLINE_TOKEN_FILE";

    /// <summary>Longest token file read.</summary>
    private const int MaxTokenFile = 1024;

    private readonly CommandContext _context;
    private readonly ParseResult _parse;
    private readonly GlobalOptions _options;

    public CliSignIn(CommandContext context, GlobalOptions options, ParseResult parse)
    {
        _context = context;
        _options = options;
        _parse = parse;
    }

    /// <summary>The key two locations of one store share: a file's full path, a server's location without password.</summary>
    public static string Key(string location) =>
        WorkspaceStores.IsFile(location) ? Path.GetFullPath(location) : WorkspaceStores.Shown(location);

    /// <summary>The default token file: <c>THREADLINE_TOKEN_FILE</c>, else <c>$XDG_CONFIG_HOME/threadline/token</c>, else <c>~/.config/threadline/token</c>; null without a home.</summary>
    public static string? DefaultTokenFile(CliEnvironment environment)
    {
        if (environment.Variable(TokenFileVariable) is { Length: > 0 } set)
        {
            return Path.GetFullPath(set, environment.CurrentDirectory);
        }

        if (environment.Variable("XDG_CONFIG_HOME") is { Length: > 0 } config && Path.IsPathRooted(config))
        {
            return Path.Combine(config, "threadline", "token");
        }

        return environment.Variable("HOME") is { Length: > 0 } home && Path.IsPathRooted(home) ? Path.Combine(home, ".config", "threadline", "token") : null;
    }

    /// <summary>Whether an accounts store is a team's: an enabled admin with TOTP enrolled.</summary>
    public static bool IsTeamStore(ISecurityStore accounts) =>
        accounts.Users().Any(u => !u.Disabled && u.HasMfa && u.Roles.Contains(Role.Admin));

    /// <summary>
    /// Signs the command in on <paramref name="workspace"/> when it is a team's, and decides whether it may go on.
    /// Null when the workspace asks no sign-in.
    /// </summary>
    /// <exception cref="CliException">No token, a token that does not work, or an account that may not do this (recorded in the trail first).</exception>
    public SignedIn? Check(string workspace, ISecurityStore security, AuditTrail trail, AuditEntry entry, string job)
    {
        var bound = security.Setting(TeamSettings.AccountsStore);
        var selfKey = Key(workspace);
        ISecurityStore? opened = null;
        try
        {
            ISecurityStore accounts;
            string accountsShown;
            if (bound is null || string.Equals(bound, selfKey, StringComparison.Ordinal))
            {
                accounts = security;
                accountsShown = WorkspaceStores.Shown(workspace);
            }
            else
            {
                (opened, accountsShown) = OpenAccounts(bound);
                accounts = opened;
            }

            // Before a team exists nothing is asked; a token given on purpose (--token-file, THREADLINE_TOKEN) is still
            // checked and acted on, so a script that signs in behaves the same before and after the first admin enrols.
            var team = IsTeamStore(accounts);
            var given = team ? TokenText() : GivenTokenText();
            if (!team && given is null)
            {
                return null;
            }

            var text = given ?? throw Refuse(trail, entry, WebAnonymous,
                $"'{WorkspaceStores.Shown(workspace)}' is a team's (accounts store {accountsShown}): sign in first with threadline login NAME --accounts {accountsShown}, or give a token (--token-file F or ${TokenVariable})", "no token");
            var check = AccessTokens.Check(accounts, text, DateTimeOffset.UtcNow);
            if (!check.Valid)
            {
                throw Refuse(trail, entry, check.Token?.User ?? WebAnonymous, $"sign-in refused: {check.Problem}", check.Problem);
            }

            var user = check.User!;
            if (_parse.GetValue(_options.As) is { Length: > 0 } claimed && !string.Equals(claimed, user.Name, StringComparison.Ordinal))
            {
                throw Refuse(trail, entry, user.Name, $"--as {claimed}: on a team's data a command acts as the signed-in account ({user.Name}), not a name given", "--as with a token of another account");
            }

            var kind = KindOf(job, entry.Action);
            var caseReference = kind is AccessKind.AuditTrail or AccessKind.Administration ? string.Empty : CaseOf(accounts, workspace, user, entry.CaseReference, ReferenceEquals(accounts, security));
            var decision = NeedToKnow.Decide(user, accounts.Memberships(user.Name), new AccessRequest(kind, caseReference, entry.Reason), DateTimeOffset.UtcNow);
            if (!decision.Allowed)
            {
                throw Refuse(trail, entry, user.Name, $"{user.Name} may not do this here: {decision.Why}", decision.Why);
            }

            return new SignedIn(user, check.Token!, caseReference);
        }
        finally
        {
            opened?.Dispose();
        }
    }

    /// <summary>What kind of access a job is, for <see cref="NeedToKnow"/>.</summary>
    public static AccessKind KindOf(string job, AuditAction action) => job switch
    {
        "audit verify" or "audit export" or "audit" => AccessKind.AuditTrail,
        "users" or "cases" or "migrate" or "serve" => AccessKind.Administration,
        _ when action == AuditAction.Disclosure => AccessKind.Disclosure,
        _ => AccessKind.CaseData,
    };

    private const string WebAnonymous = "(not signed in)";

    private (ISecurityStore Store, string Shown) OpenAccounts(string bound)
    {
        var location = bound;
        if (_parse.GetValue(_options.Accounts) is { Length: > 0 } given)
        {
            var resolved = WorkspaceStores.IsFile(given) ? _context.ResolvePath(given) : given;
            if (!string.Equals(Key(resolved), bound, StringComparison.Ordinal))
            {
                throw new CliException($"this workspace answers to the accounts store {bound}, not {WorkspaceStores.Shown(resolved)}");
            }

            location = resolved;
        }

        try
        {
            return (WorkspaceStores.OpenSecurity(location), WorkspaceStores.Shown(location));
        }
        catch (WorkspaceException ex)
        {
            throw new CliException($"cannot open the accounts store {bound} this workspace answers to (give it with --accounts, with its password): {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The case this command works in: one registered for this workspace (<c>--case</c>, the case the command names, or
    /// the first the user is a member of). A workspace that is its own accounts store is also
    /// served by <c>serve --workspace W --case REF</c> as a case the registry does not hold: any case of the user's that
    /// the registry does not know counts too (<c>--case</c> picks one), as on the server.
    /// </summary>
    private string CaseOf(ISecurityStore accounts, string workspace, UserAccount user, string hinted, bool selfAccounts)
    {
        var key = Key(workspace);
        var registered = accounts.Cases();
        var served = registered.Where(c => string.Equals(SafeKey(c.Workspace), key, StringComparison.Ordinal)).Select(c => c.Reference).ToList();
        var mine = accounts.Memberships(user.Name).Select(m => m.CaseReference).ToList();
        if (selfAccounts)
        {
            var known = registered.Select(c => c.Reference).ToHashSet(StringComparer.Ordinal);
            served.AddRange(mine.Where(c => !known.Contains(c)));
        }

        var explicitCase = _parse.GetValue(_options.Case);
        if (explicitCase is { Length: > 0 })
        {
            return served.Contains(explicitCase, StringComparer.Ordinal) ? explicitCase : string.Empty;
        }

        if (hinted.Length > 0 && served.Contains(hinted, StringComparer.Ordinal))
        {
            return hinted;
        }

        return served.FirstOrDefault(mine.Contains) ?? string.Empty;
    }

    private static string SafeKey(string location)
    {
        try
        {
            return Key(location);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or WorkspaceException)
        {
            return location;
        }
    }

    private string? TokenText() =>
        GivenTokenText() ?? (DefaultTokenFile(_context.Environment) is { } saved && File.Exists(saved) ? ReadTokenFile(saved, "the saved login") : null);

    /// <summary>A token given for this command: <c>--token-file</c>, else <c>THREADLINE_TOKEN</c>; null when neither.</summary>
    private string? GivenTokenText()
    {
        if (_parse.GetValue(_options.TokenFile) is { Length: > 0 } file)
        {
            return ReadTokenFile(_context.ResolvePath(file), "--token-file") ?? throw new CliException($"--token-file: '{file}' holds no token", ExitCodes.Usage);
        }

        return _context.Environment.Variable(TokenVariable) is { Length: > 0 } variable ? variable.Trim() : null;
    }

    /// <summary>Reads the first line of a token file (bounded).</summary>
    public static string? ReadTokenFile(string path, string what)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[MaxTokenFile];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var line = System.Text.Encoding.ASCII.GetString(buffer, 0, read).Split('\n')[0].Trim();
            return line.Length == 0 ? null : line;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{what}: cannot read '{path}' ({CommandContext.Reason(ex)})", ex);
        }
    }

    private static CliException Refuse(AuditTrail trail, AuditEntry entry, string actor, string message, string why)
    {
        trail.Append(entry with { Actor = actor, Action = AuditAction.Authentication, Reason = Trim("refused: " + why + (entry.Reason.Length > 0 ? "; reason given: " + entry.Reason : string.Empty)) });
        return new CliException(message);
    }

    private static string Trim(string text) => text.Length <= 500 ? text : text[..500];

    /// <summary>A time as the CLI prints it.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "Z";
}
