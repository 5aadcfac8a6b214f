namespace Threadline.Bench;

/// <summary>The latencies of one web benchmark target (sorted, in milliseconds), its errors and how long it ran.</summary>
internal sealed record WebLoadResult(List<double> Times, int Errors, TimeSpan Elapsed, string? FirstError)
{
    public int Count => Times.Count;

    /// <summary>The nearest-rank percentile (0 &lt; p ≤ 1) of the sorted latencies.</summary>
    public double Percentile(double p) => Times.Count == 0 ? 0 : Times[Math.Clamp((int)Math.Ceiling(p * Times.Count) - 1, 0, Times.Count - 1)];
}
