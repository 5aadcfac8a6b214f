using Threadline.Money.Detectors;
using Threadline.Money.Graph;

namespace Threadline.Money.Analysis;

/// <summary>
/// Runs every detector with the given (or default) parameters and returns the flagged accounts with
/// their evidence. The entry point for <c>threadline money</c>.
/// </summary>
public static class MoneyAnalysis
{
    /// <summary>Analyses imported bank transactions; <paramref name="identifiers"/> (from ads and bookings) and <paramref name="holders"/> (KYC data) feed the identifier matcher.</summary>
    public static MoneyReport Run(IReadOnlyList<BankTransaction> transactions, MoneyAnalysisOptions? options = null, IEnumerable<KnownIdentifier>? identifiers = null, IEnumerable<AccountHolder>? holders = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= MoneyAnalysisOptions.Default;
        var table = TransactionGraph.Build(transactions);
        var (findings, truncated) = RunTable(table, options);
        findings.AddRange(new KeywordPaymentDetector(options.Keywords).Detect(transactions));
        if (identifiers is not null)
        {
            var allHolders = IdentifierMatcher.HoldersFrom(transactions).Concat(holders ?? []);
            findings.AddRange(IdentifierMatcher.ToFindings(IdentifierMatcher.Match(allHolders, identifiers)));
        }

        return Assemble(findings, table, truncated);
    }

    /// <summary>Analyses a compact table (no names or text, so no keyword or identifier detectors).</summary>
    public static MoneyReport Run(TransactionTable table, MoneyAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (findings, truncated) = RunTable(table, options ?? MoneyAnalysisOptions.Default);
        return Assemble(findings, table, truncated);
    }

    /// <summary>The role a finding gives its centre account.</summary>
    public static AccountRole RoleOf(string detector) => detector switch
    {
        "collector" or "funnel" => AccountRole.Collector,
        "pass-through" or "cycle" => AccountRole.PassThrough,
        "remittance-abroad" => AccountRole.Remitter,
        "remittance-beneficiary" => AccountRole.Beneficiary,
        _ when detector.StartsWith("payments-", StringComparison.Ordinal) || detector == "identifier-match" => AccountRole.Operator,
        _ => AccountRole.None,
    };

    private static (List<Finding> Findings, bool Truncated) RunTable(TransactionTable table, MoneyAnalysisOptions options)
    {
        var cycles = new TemporalCycleDetector(options.Cycles);
        ITransactionDetector[] detectors =
        [
            FanDetector.FanIn(options.FanIn),
            FanDetector.FanOut(options.FanOut),
            new GatherScatterDetector(options.GatherScatter),
            new ScatterGatherDetector(options.ScatterGather),
            new PassThroughDetector(options.PassThrough),
            cycles,
            new StructuringDetector(options.Structuring),
            new FunnelAccountDetector(options.Funnel),
            new CollectorDetector(options.Collector),
            new RemittanceAbroadDetector(options.Remittance),
        ];
        var findings = new List<Finding>();
        foreach (var detector in detectors)
        {
            findings.AddRange(detector.Detect(table));
        }

        return (findings, cycles.Truncated);
    }

    private static MoneyReport Assemble(List<Finding> findings, TransactionTable table, bool truncated)
    {
        var byAccount = new SortedDictionary<string, List<Finding>>(StringComparer.Ordinal);
        void Add(string account, Finding f)
        {
            if (!byAccount.TryGetValue(account, out var list))
            {
                byAccount[account] = list = [];
            }

            if (!list.Contains(f))
            {
                list.Add(f);
            }
        }

        foreach (var f in findings)
        {
            Add(f.Account, f);
            if (f.Detector == "cycle")
            {
                foreach (var member in f.Members)
                {
                    Add(member, f);
                }
            }
            else if (f.Detector == "scatter-gather")
            {
                Add(f.Members[^1], f);
            }
        }

        var accounts = byAccount.Select(kv =>
        {
            var typologies = kv.Value.Select(f => f.Detector).Distinct().Order(StringComparer.Ordinal).ToList();
            // Only findings centred on the account give it a role (a cycle gives every member one).
            var roles = kv.Value.Where(f => f.Account == kv.Key || f.Detector == "cycle").Aggregate(AccountRole.None, (r, f) => r | RoleOf(f.Detector));

            return new FlaggedAccount(kv.Key, Iban.Country(kv.Key), roles, typologies, typologies.Count, kv.Value);
        }).OrderByDescending(a => a.Score).ThenBy(a => a.Account, StringComparer.Ordinal).ToList();
        return new MoneyReport(findings, accounts, table.Count, table.Accounts.Count, truncated);
    }
}
