namespace Threadline.Application.Cases;

/// <summary>A case's timeline: its events in time order, and whether more than <see cref="CaseTimeline.MaxEvents"/> were cut.</summary>
public sealed record CaseTimelineResult(string Reference, IReadOnlyList<TimelineEvent> Events, bool Truncated);
