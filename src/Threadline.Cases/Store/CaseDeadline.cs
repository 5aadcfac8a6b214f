using Threadline.Cases.Deadlines;

namespace Threadline.Cases.Store;

/// <summary>A deadline of one case, with what it comes from (a warrant, a request, a task, a victim's reflection period).</summary>
public sealed record CaseDeadline(string CaseReference, string Source, Deadline Deadline);
