namespace Threadline.Money.Tracing;

/// <summary>The outcome of a trace.</summary>
/// <param name="Direction">Forward (where money went) or backward (who funded).</param>
/// <param name="Seeds">The chosen accounts.</param>
/// <param name="TracedMinor">All money traced (injected at the seeds), minor units.</param>
/// <param name="Destinations">Accounts holding traced money at the end, largest first (seeds included).</param>
/// <param name="ByCountry">Traced money per country of the holding account (<c>?</c> when unknown, <c>cash</c> for cash).</param>
/// <param name="Flows">The largest account-to-account movements of traced money.</param>
/// <param name="HeldMinor">Sum of traced money over all accounts at the end; equals <paramref name="TracedMinor"/> (conservation).</param>
public sealed record TraceResult(
    TraceDirection Direction,
    IReadOnlyList<string> Seeds,
    long TracedMinor,
    IReadOnlyList<TraceDestination> Destinations,
    IReadOnlyDictionary<string, long> ByCountry,
    IReadOnlyList<TraceFlow> Flows,
    long HeldMinor);
