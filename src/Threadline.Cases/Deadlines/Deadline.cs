namespace Threadline.Cases.Deadlines;

/// <summary>
/// A computed legal or planned time limit. <see cref="DueAt"/> is the instant the limit passes (for a period in days,
/// the start of the day after its last day, in the zone of the authority that must act); <see cref="LastDay"/> is the
/// last day as the text counts it, when the limit is in days.
/// </summary>
/// <param name="Key">Stable key, e.g. "eaw.decision".</param>
/// <param name="Label">What must happen by then, in words.</param>
/// <param name="LegalReference">Where the limit comes from, e.g. "FD 2002/584/JHA Art. 17(3)".</param>
/// <param name="DueAt">When the limit passes (UTC).</param>
/// <param name="LastDay">The last day of a period counted in days (local to <paramref name="TimeZoneId"/>).</param>
/// <param name="TimeZoneId">IANA zone of the authority that must act.</param>
/// <param name="WarnBefore">How long before <paramref name="DueAt"/> it becomes "due soon".</param>
/// <param name="Note">What the text adds (what to do when the limit cannot be kept), or null.</param>
public sealed record Deadline(
    string Key,
    string Label,
    string LegalReference,
    DateTimeOffset DueAt,
    DateOnly? LastDay,
    string TimeZoneId,
    TimeSpan WarnBefore,
    string? Note = null)
{
    /// <summary>When the act was done, if it was.</summary>
    public DateTimeOffset? MetAt { get; init; }
}
