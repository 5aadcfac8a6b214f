using Threadline.Cases.Store;
using Threadline.Security.Access;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;
using Threadline.Web.Security;

namespace Threadline.Web.Cases;

/// <summary>
/// What needs attention across the signed-in user's cases: in every compartment he or she is a member of that this
/// server serves, the deadlines of the case files he or she is a member of — warrants, requests, JITs, tasks, and the
/// reflection periods of the victim records he or she may open (no others: a deadline would tell that a record
/// exists) — that are overdue or pass within the window. One consultation record per compartment read.
/// </summary>
public static class DeadlineBoard
{
    /// <summary>The longest window asked for.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    public static IReadOnlyList<DeadlineView> For(HttpContext context, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.RequestServices.GetRequiredService<RequestCase>();
        var security = context.RequestServices.GetRequiredService<ServerSecurity>();
        if (request.User is not { } user)
        {
            return [];
        }

        within = within < TimeSpan.Zero ? TimeSpan.Zero : within > MaxWindow ? MaxWindow : within;
        var now = security.Clock.GetUtcNow();
        var result = new List<(CaseDeadline Deadline, Threadline.Cases.Deadlines.DeadlineAlert Alert)>();
        foreach (var compartment in security.CasesOf(request.Memberships))
        {
            // The one need-to-know rule decides each compartment (an auditor, a disabled or locked account gets nothing).
            if (!NeedToKnow.Decide(user, request.Memberships, new AccessRequest(AccessKind.CaseData, compartment.Reference, string.Empty), now).Allowed)
            {
                continue;
            }

            var workspace = security.Workspace(compartment);
            using var store = WorkspaceStores.OpenCases(workspace.Store, readOnly: true);
            var files = new CaseFiles(store);
            var mine = files.List()
                .Where(h => string.Equals(h.Reference, compartment.Reference, StringComparison.Ordinal) || security.FindCase(h.Reference) is null)
                .Select(h => files.Find(h.Reference))
                .Where(f => f is not null && f.Case.IsMember(user.Name))
                .Select(f => f!.Reference)
                .ToList();
            WebAudit.Append(security, context, user.Name, AuditAction.Consultation, "deadlines of case files " + (mine.Count == 0 ? "(none)" : string.Join(", ", mine)), compartment.Reference);
            foreach (var reference in mine)
            {
                result.AddRange(CaseFiles.Upcoming(files.Deadlines(user.Name, reference), now, within));
            }
        }

        return [.. result.OrderBy(x => x.Deadline.Deadline.DueAt).Select(x => CaseViewBuilder.Deadline(x.Deadline, now))];
    }
}
