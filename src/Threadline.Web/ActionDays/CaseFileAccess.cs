using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Storage.Engines;
using Threadline.Web.Security;

namespace Threadline.Web.ActionDays;

/// <summary>
/// Reads one case file of the request's workspace for its action-day pages and API, after <see cref="RequestAccess"/>
/// allowed the request: the signed-in user must be a member of that case file, else the answer is the same "not found"
/// as for a case that does not exist (a non-member does not learn that it exists).
/// </summary>
public static class CaseFileAccess
{
    /// <summary>Longest case reference in an address.</summary>
    public const int MaxReference = 64;

    /// <summary>The case file and the user's role in it, or null (not found, or not a member).</summary>
    public static (CaseFile File, CaseRole Role)? Read(RequestCase request, string? reference)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(reference) || reference.Length > MaxReference || request.User is not { } user || request.Workspace is not { } workspace)
        {
            return null;
        }

        using var store = WorkspaceStores.OpenCases(workspace.Store, readOnly: true);
        if (new CaseFiles(store).Find(reference) is not { } file)
        {
            return null;
        }

        var member = file.Case.Members.FirstOrDefault(m => string.Equals(m.UserId, user.Name, StringComparison.Ordinal));
        return member is null ? null : (file, member.Role);
    }

    /// <summary>Whether a role may plan the day (targets, teams, H-hour) and report for a team: not observers, not the magistrate.</summary>
    public static bool CanWrite(CaseRole role) => role is not (CaseRole.Observer or CaseRole.Magistrate);
}
