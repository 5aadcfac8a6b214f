namespace Threadline.Money.Tracing;

/// <summary>Which way a trace follows the money.</summary>
public enum TraceDirection
{
    /// <summary>Forward in time: where the seeds' money went.</summary>
    Forward,

    /// <summary>Backward in time: who funded the seeds.</summary>
    Backward,
}
