using Threadline.Application.Cases;
using Threadline.Web.Cases;

namespace Threadline.Web.Api;

/// <summary>
/// <c>/api/cases/{reference}/persons/…</c>: candidate persons, proposed matches with their evidence and persons confirmed
/// from them (any member of the compartment reads); gathering and deciding are writes of the case file's members, with
/// the <c>X-CSRF-TOKEN</c> header, audited before they are written (<see cref="CaseWrites.Api"/>).
/// </summary>
internal static class CasePersonsApi
{
    public static void MapCasePersonsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{reference}/persons/matches", (HttpContext http, string reference) =>
        {
            using var work = CaseWrites.Open(http, reference);
            return work is null ? Results.NotFound() : Results.Ok(CasePersonsReport.Of(work.Files, work.Reference));
        }).WithName("CasePersonMatches").WithSummary("Candidate persons of the case (bookers, account holders, ad contacts), the matches proposed across sources with their evidence (comparison, level, weight) and status, and the persons confirmed from matches with their sources.");
        api.MapPost("/cases/{reference}/persons/propose", (HttpContext http, string reference, ProposeInput? input) =>
            CaseWrites.Api(http, reference, work =>
            {
                var r = PersonsWork.Propose(work, input?.Threshold);
                return new { candidates = r.Records.Records.Length, candidatePairs = r.CandidatePairs, proposed = r.Proposed.Count, r.Saved.New, r.Saved.Rescored, r.Saved.Unchanged, decidedEarlier = r.Saved.Decided, r.Note };
            }))
            .WithName("CasePersonsPropose").WithSummary("Gather candidate persons from the case's sources and propose matches across sources (threshold, default 0.5). Needs X-CSRF-TOKEN; case-file members only.");
        api.MapPost("/cases/{reference}/persons/matches/{match}", (HttpContext http, string reference, string match, DecideInput input) =>
            CaseWrites.Api(http, reference, work =>
            {
                var d = PersonsWork.Decide(work, match, input?.Decision, input?.Reason, input?.Category, input?.Person);
                return new { match, status = d.Status.ToString().ToLowerInvariant(), d.By, d.At, d.Reason, person = d.PersonId };
            }))
            .WithName("CasePersonsDecide").WithSummary("Confirm, reject or mark unsure a proposed match (decision, reason required; category for a new person, or person to merge into). Needs X-CSRF-TOKEN; case-file members only; audited.");
    }

    /// <summary>A proposal run's settings.</summary>
    internal sealed record ProposeInput(double? Threshold);

    /// <summary>An analyst's decision on a match.</summary>
    internal sealed record DecideInput(string? Decision, string? Reason, string? Category, string? Person);
}
