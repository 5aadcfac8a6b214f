using System.Collections.Immutable;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Security.Accounts;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;
using Threadline.Web.Security;

namespace Threadline.Web.Cases;

/// <summary>
/// One request's hold on one case file, made by <see cref="CaseWrites.Open"/> after the access check let the request
/// into the case's workspace: the file as stored, the signed-in user and his or her roles in it, and — through
/// <see cref="Write"/> only — a writable <see cref="CaseFiles"/>. Dispose it at the end of the request (it holds the case
/// store's connections).
/// </summary>
/// <remarks>
/// <b>Who may write.</b> Every member of the compartment (the registered case the request runs in) may <i>read</i> the case
/// files of its workspace; only the members of the case <i>file</i> (<see cref="InvestigationCase.Members"/>, any role:
/// lead, investigator, analyst, financial investigator, victim support, magistrate) may <i>write</i> to it. The case
/// lead adds members. Victim records are stricter again (<see cref="Threadline.Cases.Victims.VictimRecordAccess"/>).
/// </remarks>
public sealed class CaseWork : IDisposable
{
    private readonly ServerSecurity _security;
    private readonly HttpContext _context;
    private readonly WorkspaceHolder _workspace;
    private readonly ICaseStore _reader;
    private ICaseStore? _writer;

    internal CaseWork(ServerSecurity security, HttpContext context, WorkspaceHolder workspace, ICaseStore reader, CaseFile file, UserAccount user)
    {
        _security = security;
        _context = context;
        _workspace = workspace;
        _reader = reader;
        Files = new CaseFiles(reader);
        File = file;
        User = user;
    }

    /// <summary>The case file's reference.</summary>
    public string Reference => File.Reference;

    /// <summary>The case file as stored when opened (or at the last <see cref="Reload"/>).</summary>
    public CaseFile File { get; private set; }

    /// <summary>The signed-in account; its name is the user id in case files.</summary>
    public UserAccount User { get; }

    /// <summary>The user id case files know the user by.</summary>
    public string UserId => User.Name;

    /// <summary>The user's roles in the case file (empty: a reader of the compartment, not a member of the file).</summary>
    public ImmutableHashSet<CaseRole> Roles => File.Case.RolesOf(UserId);

    /// <summary>Whether the user may write to the case file: a member of it.</summary>
    public bool CanWrite => !Roles.IsEmpty;

    /// <summary>Whether the user leads the case file.</summary>
    public bool IsLead => Roles.Contains(CaseRole.Lead);

    /// <summary>The server's clock (tests move it).</summary>
    public DateTimeOffset Now => _security.Clock.GetUtcNow();

    /// <summary>The case's workspace (ads, personas, networks), read-only.</summary>
    public Threadline.Storage.IWorkspaceStore Workspace => _workspace.Store;

    /// <summary>The case files, read-only: for reads (deadlines, history, victim records under need-to-know).</summary>
    public CaseFiles Files { get; }

    /// <summary>
    /// Checks that the user may write, appends the audit record (alteration, with the case reference and
    /// <paramref name="what"/>) and only then gives the writable case files. Call it once per change, just before the
    /// change; the domain types still check the change itself (a closed case, a duplicate id).
    /// </summary>
    /// <param name="what">What is written, for the audit record.</param>
    /// <param name="reason">Why, when the write needs a reason (victim records).</param>
    /// <exception cref="CaseWriteRefusedException">The user is not a member of the case file (also audited).</exception>
    public CaseFiles Write(string what, string reason = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        if (!CanWrite)
        {
            Audit(AuditAction.Alteration, "refused (not a member of the case file): " + what, reason);
            throw new CaseWriteRefusedException($"{UserId} may read case {Reference} but is not a member of it: only its members write to it");
        }

        Audit(AuditAction.Alteration, what, reason);
        _writer ??= WorkspaceStores.OpenCases(_workspace.Store, readOnly: false);
        return new CaseFiles(_writer);
    }

    /// <summary>Appends one audit record for this case (the case file's reference; the subject names the request too).</summary>
    public void Audit(AuditAction action, string what, string reason = "")
    {
        var text = "case " + Reference + ": " + what;
        if (text.Length > AuditEntry.MaxLongField)
        {
            text = text[..AuditEntry.MaxLongField];
        }

        WebAudit.Append(_security, _context, UserId, action, text, Reference, reason.Length > AuditEntry.MaxLongField ? reason[..AuditEntry.MaxLongField] : reason);
    }

    /// <summary>Reads the case file again (after a write, to show it).</summary>
    public CaseFile Reload() => File = Files.Find(Reference) ?? File;

    public void Dispose()
    {
        _writer?.Dispose();
        _reader.Dispose();
    }
}
