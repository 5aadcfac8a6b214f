namespace Threadline.Money.Detectors;

/// <summary>Parameters of the collector-account detector.</summary>
/// <param name="Window">Window in which money is gathered.</param>
/// <param name="MinCashCities">Cash deposits in at least this many distinct cities within a window count as gathering.</param>
/// <param name="MinSenders">Transfers from at least this many distinct senders within a window count as gathering.</param>
/// <param name="BulkFactor">An outflow is a bulk forward when it is at least this many times the median inflow.</param>
/// <param name="MinForwardShare">Bulk forwards must carry at least this share of all the account received.</param>
/// <param name="MaxForwardShare">…and at most this share: an account paying out much more than it gathers lives on other money.</param>
/// <param name="RecurringCount">Payments of the same amount (within 1%) to the same payee this many times are standing orders (rent, loans), not forwards.</param>
/// <param name="MaxEvidence">Most transactions cited per finding.</param>
/// <param name="MaxBulkReceivers">Only the bulk forwards to this many receivers (the largest) count: a collector forwards to few accounts.</param>
/// <param name="MinForwardsToTop">The main receiver must have taken at least this many bulk forwards (collectors forward again and again to the same next account).</param>
public sealed record CollectorOptions(TimeSpan Window, int MinCashCities = 2, int MinSenders = 5, double BulkFactor = 5, double MinForwardShare = 0.4, double MaxForwardShare = 4.0, int RecurringCount = 3, int MaxEvidence = 50, int MaxBulkReceivers = 3, int MinForwardsToTop = 2)
{
    /// <summary>Defaults: 30 days; cash in 2 cities or 5 senders; bulk = 5× the median inflow, standing orders excluded, carrying 40% to 400% of the inflow.</summary>
    public static CollectorOptions Default { get; } = new(TimeSpan.FromDays(30));
}
