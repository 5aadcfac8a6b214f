using System.CommandLine;
using System.CommandLine.Parsing;
using Threadline.Application.Audit;
using Threadline.Security;
using Threadline.Security.Audit;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Infrastructure;

/// <summary>
/// Appends the audit record of a command to the trail of the workspace it opens, before the command touches the data
/// (LED 2016/680 Art. 25). Who: <c>--as</c>, <c>THREADLINE_USER</c>, else the operating-system user; from where: this
/// program, the operating-system user and host; why: <c>--case</c> and <c>--reason</c>. Anchors go to
/// <c>THREADLINE_AUDIT_ANCHORS</c>, else beside a file workspace (<c>NAME.audit-anchors.jsonl</c>) or, for a server, in
/// the current directory. A server workspace whose trail cannot be written is not used; a file the user may only read
/// is (whoever can read the file can copy it: there is nothing to enforce) with a warning. On a team's workspace the
/// command signs in first (<see cref="CliSignIn"/>) and the record names the signed-in account and its token.
/// </summary>
internal sealed class CliAudit
{
    private readonly CommandContext _context;
    private readonly ParseResult _parse;
    private readonly GlobalOptions _options;
    private readonly CliSignIn _signIn;

    public CliAudit(CommandContext context, GlobalOptions options, ParseResult parse)
    {
        _context = context;
        _options = options;
        _parse = parse;
        _signIn = new CliSignIn(context, options, parse);
    }

    /// <summary>The account this command signed in as on a team's workspace (<see cref="CliSignIn"/>), once <see cref="Record"/> ran; null elsewhere.</summary>
    public SignedIn? SignedIn { get; private set; }

    /// <summary>The acting user's name as it goes in the trail: the signed-in account on a team's workspace, else the name given.</summary>
    public string Actor =>
        SignedIn is { } signedIn ? signedIn.User.Name
        : _parse.GetValue(_options.As) is { Length: > 0 } given ? given
        : _context.Environment.Variable(GlobalOptions.UserVariable) is { Length: > 0 } variable ? variable
        : Environment.UserName;

    /// <summary>Where the record comes from.</summary>
    public static string Origin => $"threadline-cli {Environment.UserName}@{Environment.MachineName}";

    /// <summary>The job's verb: the command's path below <c>threadline</c> (<c>ingest ads</c> is <c>ingest</c>).</summary>
    public string Job
    {
        get
        {
            var names = new List<string>();
            for (var result = _parse.CommandResult; result is not null; result = result.Parent as CommandResult)
            {
                names.Insert(0, result.Command.Name);
            }

            names.RemoveAt(0);
            return names.Count == 0 ? string.Empty : names[0] == "audit" && names.Count > 1 ? "audit " + names[1] : names[0];
        }
    }

    /// <summary>What the command touches: its words as typed, the workspace option left out and server locations shown without a password.</summary>
    public string Subject
    {
        get
        {
            var words = new List<string> { "threadline" };
            var skipNext = false;
            foreach (var token in _parse.Tokens)
            {
                if (skipNext)
                {
                    skipNext = false;
                    continue;
                }

                if (token.Value is "--workspace" or "-w" or "--as" or "--case" or "--reason" or "--password-file")
                {
                    skipNext = true;
                    continue;
                }

                words.Add(WorkspaceStores.IsServer(token.Value) ? WorkspaceStores.Shown(token.Value) : Quote(token.Value));
            }

            return string.Join(' ', words);
        }
    }

    /// <summary>Appends the record for <paramref name="workspace"/>, for the command's own kind of processing or <paramref name="action"/>.</summary>
    /// <exception cref="CliException">A server workspace whose trail cannot be written.</exception>
    /// <param name="workspace">The workspace whose trail gets the record.</param>
    /// <param name="action">The kind of processing, when not the job's own.</param>
    /// <param name="caseReference">The case the command works on (a <c>case</c> command's REF), when <c>--case</c> is not given.</param>
    public void Record(string workspace, AuditAction? action = null, string? caseReference = null)
    {
        var entry = JobAudit.Entry(Actor, Job, Subject, Origin, _parse.GetValue(_options.Case) ?? caseReference, _parse.GetValue(_options.Reason));
        if (action is { } given)
        {
            entry = entry with { Action = given };
        }

        try
        {
            using var store = WorkspaceStores.OpenSecurity(workspace);
            var trail = Trail(store, workspace);
            if (_signIn.Check(workspace, store, trail, entry, Job) is { } signedIn)
            {
                SignedIn = signedIn;
                entry = entry with
                {
                    Actor = signedIn.User.Name,
                    Origin = Origin + " token " + signedIn.Token.Id,
                    CaseReference = entry.CaseReference.Length > 0 ? entry.CaseReference : signedIn.CaseReference,
                };
            }

            trail.Append(entry);
        }
        catch (WorkspaceException ex) when (ex.Kind == WorkspaceErrorKind.ReadOnly && WorkspaceStores.IsFile(workspace))
        {
            _context.Environment.Error.WriteLine($"threadline: warning: '{WorkspaceStores.Shown(workspace)}' is read-only here: this look is not in its audit trail");
        }
        catch (WorkspaceException ex)
        {
            throw new CliException($"cannot write the audit trail of '{WorkspaceStores.Shown(workspace)}', so nothing is done: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"audit trail: {ex.Message}", ex, ExitCodes.Usage);
        }
    }

    /// <summary>The trail of an open security store, with its anchors file.</summary>
    public AuditTrail Trail(ISecurityStore store, string workspace) => new(store, AnchorPath(workspace));

    /// <summary>Where anchors of <paramref name="workspace"/> are written.</summary>
    public string AnchorPath(string workspace) =>
        _context.Environment.Variable(GlobalOptions.AnchorsVariable) is { Length: > 0 } set ? _context.ResolvePath(set)
        : WorkspaceStores.IsFile(workspace) ? workspace + ".audit-anchors.jsonl"
        : _context.ResolvePath("threadline-audit-anchors.jsonl");

    private static string Quote(string word) =>
        word.Length == 0 || word.Any(c => char.IsWhiteSpace(c) || c == '"') ? "\"" + word.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : word;
}
