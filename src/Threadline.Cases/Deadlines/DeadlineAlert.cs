namespace Threadline.Cases.Deadlines;

/// <summary>A deadline as it stands at an instant: its state and the time left (negative when overdue).</summary>
public sealed record DeadlineAlert(Deadline Deadline, DeadlineState State, TimeSpan Remaining)
{
    /// <summary>Evaluates one deadline at <paramref name="now"/>.</summary>
    public static DeadlineAlert At(Deadline deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var remaining = deadline.DueAt - now;
        DeadlineState state;
        if (deadline.MetAt is { } met)
        {
            state = met < deadline.DueAt ? DeadlineState.Met : DeadlineState.MetLate;
        }
        else if (remaining <= TimeSpan.Zero)
        {
            state = DeadlineState.Overdue;
        }
        else
        {
            state = remaining <= deadline.WarnBefore ? DeadlineState.DueSoon : DeadlineState.Pending;
        }

        return new DeadlineAlert(deadline, state, remaining);
    }

    /// <summary>The deadlines that need attention at <paramref name="now"/> (due soon or overdue), most urgent first.</summary>
    public static IReadOnlyList<DeadlineAlert> NeedingAttention(IEnumerable<Deadline> deadlines, DateTimeOffset now) =>
        deadlines.Select(d => At(d, now))
            .Where(a => a.State is DeadlineState.DueSoon or DeadlineState.Overdue)
            .OrderBy(a => a.Deadline.DueAt)
            .ThenBy(a => a.Deadline.Key, StringComparer.Ordinal)
            .ToList();
}
