using Threadline.Application.Link;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Storage;

namespace Threadline.Application.Cases;

/// <summary>
/// The case jobs every shell shares: open a case from a network lead (its evidence as of that day), and say what later
/// link runs changed in the attached leads. The rest (persons, notes, warrants, the action day, victims) are single
/// calls of <see cref="CaseFiles"/>.
/// </summary>
public static class CaseJobs
{
    /// <summary>Opens a case from a network lead: the lead is attached with its snapshot, the opener is the case's lead.</summary>
    /// <exception cref="JobException">No link results, or no such network.</exception>
    /// <exception cref="InvalidOperationException">The reference is taken.</exception>
    public static CaseFile OpenFromNetwork(IWorkspaceStore store, CaseFiles files, OpenCaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(request);
        if (LinkResults.Summary(store) is null)
        {
            throw new JobException("no link results in this workspace: run `threadline link` first");
        }

        var network = LinkResults.Network(store, request.NetworkId)
            ?? throw new JobException($"no network '{Short(request.NetworkId)}' in the last link run (see `threadline networks`)");
        var snapshot = NetworkSnapshots.Take(store, network, request.At);
        var investigation = InvestigationCase.OpenFromNetwork(request.Reference, request.LegalBasis, request.Magistrate, request.OpenedBy, snapshot, request.Marking, request.At);
        var header = new CaseHeader(request.Reference, request.Title, request.LegalBasis, request.Magistrate, CaseStatus.Open, request.At, request.OpenedBy);
        return files.Create(header, investigation);
    }

    /// <summary>For each attached network lead, what changed since it was attached (by stable ids).</summary>
    public static IReadOnlyList<NetworkChange> Changes(IWorkspaceStore store, CaseFile file, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(file);
        var result = new List<NetworkChange>();
        foreach (var attachment in file.Case.Attachments.Where(a => a.Kind == AttachmentKind.NetworkLead && a.Snapshot is not null))
        {
            var then = attachment.Snapshot!;
            var network = LinkResults.Network(store, attachment.Id);
            result.Add(network is null
                ? new NetworkChange(attachment.Id, attachment.AttachedAt, then, null, Gone: true)
                : new NetworkChange(attachment.Id, attachment.AttachedAt, then, SnapshotDiff.Compare(then, NetworkSnapshots.Take(store, network, now)), Gone: false));
        }

        return result;
    }

    private static string Short(string s) => s.Length > 64 ? s[..64] + "…" : s;
}
