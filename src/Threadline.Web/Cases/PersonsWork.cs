using Threadline.Application.Cases;
using Threadline.Cases.Model;
using Threadline.Cases.Persons;

namespace Threadline.Web.Cases;

/// <summary>The persons page's and API's writes: propose matches, and decide one (each audited before it is written).</summary>
public static class PersonsWork
{
    /// <summary>The longest reason taken.</summary>
    public const int MaxReason = 2000;

    /// <summary>Gathers candidate persons and stores proposed matches; a summary line.</summary>
    public static PersonProposals Propose(CaseWork work, double? threshold)
    {
        ArgumentNullException.ThrowIfNull(work);
        var t = threshold ?? 0.5;
        if (t is < 0.01 or > 1 || double.IsNaN(t))
        {
            throw new ArgumentException("threshold: a match probability from 0.01 to 1", "threshold");
        }

        var files = work.Write("persons: candidate persons gathered and matches proposed");
        return CasePersons.Propose(work.Workspace, files, work.Reference, work.UserId, work.Now, t);
    }

    /// <summary>Confirms, rejects or marks unsure one match, with a reason (audited with it).</summary>
    public static MatchDecision Decide(CaseWork work, string? matchId, string? decision, string? reason, string? category, string? person)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (string.IsNullOrWhiteSpace(matchId) || matchId.Length > 64 || matchId.Any(char.IsControl))
        {
            throw new ArgumentException("match: the match id (m-…) is required", "match");
        }

        var status = (decision ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "confirm" or "confirmed" => MatchStatus.Confirmed,
            "reject" or "rejected" => MatchStatus.Rejected,
            "unsure" => MatchStatus.Unsure,
            _ => throw new ArgumentException("decision: confirm, reject or unsure", "decision"),
        };
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReason)
        {
            throw new ArgumentException($"reason: say why (1 to {MaxReason} characters)", "reason");
        }

        DataSubjectCategory? c = null;
        if (status == MatchStatus.Confirmed && !string.IsNullOrWhiteSpace(category))
        {
            try
            {
                c = DataSubjectCategories.Parse(category);
            }
            catch (FormatException e)
            {
                throw new ArgumentException("category: " + e.Message, "category", e);
            }
        }

        var into = status == MatchStatus.Confirmed && !string.IsNullOrWhiteSpace(person) ? person.Trim() : null;
        var files = work.Write("persons: match " + matchId + " " + status.ToString().ToLowerInvariant(), reason);
        return files.DecideMatch(work.Reference, matchId, status, reason, work.UserId, work.Now, c, into);
    }
}
