using System.Collections.Immutable;
using Threadline.Cases.ActionDays;
using Threadline.Cases.Model;
using Threadline.Cases.Warrants;

namespace Threadline.Cases.Store;

/// <summary>
/// A case as its store holds it now: the header, the case (members, attachments, persons, entries), warrants,
/// information requests and action days. Victim records are not part of it: they are opened one by one through
/// <see cref="CaseFiles.Victim"/>, under need-to-know.
/// </summary>
public sealed record CaseFile(
    CaseHeader Header,
    InvestigationCase Case,
    ImmutableArray<ArrestWarrant> Warrants,
    ImmutableArray<CaseInformationRequest> Requests,
    ImmutableArray<ActionDay> ActionDays)
{
    public string Reference => Header.Reference;

    /// <summary>One action day by id, or null.</summary>
    public ActionDay? Day(string id) => ActionDays.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}
