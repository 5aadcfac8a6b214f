using Threadline.Application.Cases;
using Threadline.Application.Jobs;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Security.Audit;
using Threadline.Storage.Engines;
using Threadline.Web.Security;

namespace Threadline.Web.Cases;

/// <summary>
/// Opens a case file from a network lead of the request's compartment (<see cref="CaseJobs.OpenFromNetwork"/>): the lead
/// is attached with a snapshot of its members and scores as of now and the opener becomes the case's lead. Any member
/// of the compartment may open one; the alteration is audited (with the new case's reference) before it is written.
/// </summary>
public sealed class OpenInput
{
    public string? Network { get; set; }

    public string? Reference { get; set; }

    public string? Title { get; set; }

    public string? LegalBasis { get; set; }

    public string? Magistrate { get; set; }

    public string? Office { get; set; }

    public string? MagistrateRole { get; set; }

    public string? Marking { get; set; }

    public string? Conditions { get; set; }

    /// <summary>Opens the case.</summary>
    /// <exception cref="ArgumentException">Bad input (the field is the parameter name), or no such network.</exception>
    /// <exception cref="InvalidOperationException">The reference is taken.</exception>
    public CaseFile Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.RequestServices.GetRequiredService<RequestCase>();
        var security = context.RequestServices.GetRequiredService<ServerSecurity>();
        if (request.User is not { } user || request.Case is not { } compartment || request.Workspace is not { } workspace)
        {
            throw new CaseWriteRefusedException("no case is active for this request");
        }

        var network = Field.Required(Network, "network", 200);
        var reference = Field.Required(Reference, "reference", CaseWrites.MaxReference);
        if (!string.Equals(reference, compartment.Reference, StringComparison.Ordinal) && security.FindCase(reference) is not null)
        {
            throw new ArgumentException($"reference: {reference} is the reference of another case on this server", "reference");
        }

        var role = MagistrateRole is null or "" ? Threadline.Cases.Model.MagistrateRole.Prosecutor : Field.Enum<MagistrateRole>(MagistrateRole, "magistrate_role");
        var magistrate = new Magistrate(role, Field.Required(Magistrate, "magistrate", 200), Field.Required(Office, "office", 200));
        var open = new OpenCaseRequest(network, reference, Field.Required(Title, "title", CaseHeader.MaxTitle), Field.Required(LegalBasis, "legal_basis", 2000), magistrate, user.Name,
            Field.Marking(Marking, Conditions, "X3 H0"), security.Clock.GetUtcNow());
        if (workspace.Store.GetEntity(network) is not { Schema: "Network" })
        {
            throw new ArgumentException($"network: no network lead '{network}' in this workspace", "network");
        }

        var subject = "case " + reference + ": opened from network " + network;
        WebAudit.Append(security, context, user.Name, AuditAction.Alteration, subject, reference);
        using var store = WorkspaceStores.OpenCases(workspace.Store, readOnly: false);
        try
        {
            return CaseJobs.OpenFromNetwork(workspace.Store, new CaseFiles(store), open);
        }
        catch (JobException e)
        {
            throw new ArgumentException("network: " + e.Message, "network", e);
        }
    }
}
