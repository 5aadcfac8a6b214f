namespace Threadline.Cases.Deadlines;

/// <summary>Where a deadline stands at a given instant.</summary>
public enum DeadlineState
{
    /// <summary>Not yet in its warning window.</summary>
    Pending,

    /// <summary>Inside the warning window and not met.</summary>
    DueSoon,

    /// <summary>Passed and not met.</summary>
    Overdue,

    /// <summary>Met in time.</summary>
    Met,

    /// <summary>Met after it had passed.</summary>
    MetLate,
}
