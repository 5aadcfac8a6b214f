namespace Threadline.Cases.ActionDays;

/// <summary>
/// A team's progress on the day. Forward only: Briefed → EnRoute → Entered → Secured → Finished; Aborted from any
/// state before Finished.
/// </summary>
public enum TeamStatus
{
    Briefed,
    EnRoute,
    Entered,
    Secured,
    Finished,
    Aborted,
}
