using System.Globalization;
using System.Text.Json;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Money;
using Threadline.Money.Analysis;
using Threadline.Money.Detectors;
using Threadline.Money.Graph;
using Threadline.Money.Tracing;
using Threadline.Application.Jobs;
using Threadline.Storage;

namespace Threadline.Application.Money;

/// <summary>
/// Follows the money in the workspace: runs the typology detectors, ties accounts to the network
/// leads (bookings paid from them, shared phones or e-mails,
/// money traced from a tied account), traces where each network's money went, and adds the money
/// evidence to each network's score as one more explained part.
/// </summary>
public static class MoneyJob
{
    public const string Producer = "money";
    /// <summary>Where workspaces from before results were records kept the money result (one gzip blob).</summary>
    public const string LegacyResultKey = "money.result";
    public const string ScorePart = "money_flows";

    private static readonly ValueColumns AdIdentifiers = new(["phone", "email"]);
    private static readonly ValueColumns HolderColumns = new(["iban", "accountNumber", "holderName", "phone", "email", "address"]);

    /// <summary>Runs the detectors over every transaction, ties accounts to the leads and adds the money part to their scores.</summary>
    public static MoneyRun Run(IWorkspaceStore store, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        progress?.Report(new JobProgress("reading transactions"));
        var accounts = store.ValuesInStorageOrder("BankAccount", HolderColumns).ToList();
        var transactions = PaymentStatements.Read(store, accounts);
        accounts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var holders = accounts
            .Select(a => new AccountHolder(a.First("iban") ?? a.First("accountNumber") ?? a.Id, a.First("holderName"), [.. a.Get("phone")], [.. a.Get("email")], [.. a.Get("address")]))
            .ToList();
        var linked = LinkResults.LoadNetworks(store) ?? Legacy(store);
        var adNetwork = linked?.AdNetwork ?? [];
        // The ads' phones and e-mails in the order the store keeps the ads (by id it read every ad's rows in id order:
        // a fifth of `money` at 200k ads), then phones before e-mails, each in ad id order (an ad's own in its order).
        var phones = new List<(KnownIdentifier Identifier, int At)>();
        var emails = new List<(KnownIdentifier Identifier, int At)>();
        foreach (var ad in store.ValuesInStorageOrder("Advertisement", AdIdentifiers))
        {
            foreach (var phone in ad.Get("phone"))
            {
                phones.Add((new KnownIdentifier(IdentifierKind.Phone, phone, ad.Id), phones.Count));
            }

            foreach (var email in ad.Get("email"))
            {
                emails.Add((new KnownIdentifier(IdentifierKind.Email, email, ad.Id), emails.Count));
            }
        }

        static int BySource((KnownIdentifier Identifier, int At) a, (KnownIdentifier Identifier, int At) b) =>
            string.CompareOrdinal(a.Identifier.Source, b.Identifier.Source) is var c && c != 0 ? c : a.At.CompareTo(b.At);
        phones.Sort(BySource);
        emails.Sort(BySource);
        var identifiers = phones.Concat(emails).Select(x => x.Identifier).ToList();

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new JobProgress("detecting typologies"));
        var report = MoneyAnalysis.Run(transactions, null, identifiers, holders);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new JobProgress("tying accounts to leads"));
        var table = TransactionGraph.Build(transactions);
        var flagged = report.Accounts.ToDictionary(a => a.Account, StringComparer.Ordinal);
        var views = new List<NetworkMoney>();
        if (linked is { Networks: var networks })
        {
            var ties = DirectTies(networks, transactions, report, adNetwork);
            var received = transactions.Where(t => t.Creditor.AccountKey is not null).ToLookup(t => t.Creditor.AccountKey!, StringComparer.Ordinal);
            foreach (var network in networks.Where(n => ties.ContainsKey(n.Id)))
            {
                views.Add(View(network, ties[network.Id], received, table, flagged));
            }

            // The money part changes the networks' scores and ranks, nothing else of the link result: only the
            // networks' statements are written again (at 1M ads ~20k of the link's ~2M).
            networks = WithMoney(networks, views);
            store.DeleteByProducer(LinkStatements.Producer, "Network");
            WriteAll(store, LinkStatements.ForNetworks(networks));
            LinkResults.SaveNetworks(store, networks, replace: true);
        }

        store.DeleteByProducer(Producer);
        WriteAll(store, Statements(report, views, accounts));
        var run = new MoneyRun(report, views, transactions.Count);
        MoneyResults.Save(store, new StoredMoney(report, views));
        return run;
    }

    /// <summary>The last money run's results, or null (workspaces from before results were records: their one stored blob).</summary>
    public static StoredMoney? Load(IWorkspaceStore store) =>
        MoneyResults.Load(store) ?? StoredResult.Load<StoredMoney>(store, LegacyResultKey, LinkStatements.Json);

    /// <summary>A workspace from before link results were records: its one stored result, as networks and ads.</summary>
    private static (List<Network> Networks, Dictionary<string, string> AdNetwork)? Legacy(IWorkspaceStore store) =>
        LinkJob.Load(store) is { } link
            ? ([.. link.Networks], link.Assignments.Where(x => x.NetworkId is not null).ToDictionary(x => x.AdId, x => x.NetworkId!, StringComparer.Ordinal))
            : null;

    /// <summary>Accounts tied to networks by direct evidence.</summary>
    private static Dictionary<string, List<AccountTie>> DirectTies(List<Network> networks, List<BankTransaction> transactions, MoneyReport report, Dictionary<string, string> adNetwork)
    {
        var ties = new Dictionary<string, List<AccountTie>>(StringComparer.Ordinal);
        void Tie(string network, string account, string? holder, bool direct, string reason)
        {
            if (!ties.TryGetValue(network, out var list))
            {
                ties[network] = list = [];
            }

            if (list.TrueForAll(t => t.Account != account))
            {
                list.Add(new AccountTie(account, holder, string.Empty, direct, reason));
            }
        }

        // Only bookings tied to the lead by the booker's phone or e-mail: a stay that merely lines up in
        // city and time with a persona is too weak to tie the payer's bank account as well.
        var bookingNetwork = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var network in networks)
        {
            foreach (var booking in network.Bookings.Where(b => b.Basis != BookingBasis.Presence && b.BookingRef.Length >= 6))
            {
                bookingNetwork.TryAdd(booking.BookingRef, network.Id);
            }
        }

        foreach (var tx in transactions)
        {
            if (tx.Debtor.AccountKey is not { } payer || tx.RemittanceText.Length == 0)
            {
                continue;
            }

            foreach (var token in tx.RemittanceText.Split([' ', ',', ';', '/', ':'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (bookingNetwork.TryGetValue(token, out var network))
                {
                    Tie(network, payer, tx.Debtor.Name, true, $"paid booking {token}, which is linked to this network");
                }
            }
        }

        foreach (var finding in report.Findings.Where(f => f.Detector.Contains("identifier", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var member in finding.Members)
            {
                if (adNetwork.TryGetValue(member, out var network))
                {
                    Tie(network, finding.Account, null, true, finding.Summary);
                }
            }
        }

        return ties;
    }

    private static NetworkMoney View(Network network, List<AccountTie> direct, ILookup<string, BankTransaction> received, TransactionTable table, Dictionary<string, FlaggedAccount> flagged)
    {
        var tied = direct.Select(t => t with { Roles = RolesOf(flagged, t.Account) }).ToList();
        // Trace from the tied accounts that move money (collector, pass-through, remitter), not from a booker's card.
        var seeds = tied.Where(t => t.Roles.Length > 0).Select(t => t.Account).ToList();
        var trace = seeds.Count > 0 ? MoneyTracer.Forward(table, seeds) : new TraceResult(TraceDirection.Forward, [], 0, [], new Dictionary<string, long>(), [], 0);
        foreach (var destination in trace.Destinations.Where(d => !d.IsSeed && d.Share >= 0.05))
        {
            if (flagged.TryGetValue(destination.Account, out var f) && (f.Roles & (AccountRole.PassThrough | AccountRole.Remitter | AccountRole.Collector)) != 0 && tied.TrueForAll(t => t.Account != destination.Account))
            {
                tied.Add(new AccountTie(destination.Account, null, RolesOf(flagged, destination.Account), false, string.Create(CultureInfo.InvariantCulture, $"received {destination.Share:P0} of the money traced from the network's accounts")));
            }
        }

        var tiedSet = tied.Select(t => t.Account).ToHashSet(StringComparer.Ordinal);
        // Money into the tied accounts from outside them, in the transactions' order (date, then id).
        var incoming = tiedSet.SelectMany(a => received[a]).Where(t => t.Debtor.AccountKey is not { } d || !tiedSet.Contains(d))
            .OrderBy(t => t.BookingDate).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        var inflow = incoming.Sum(t => t.Amount);
        var payers = incoming.Select(t => t.Debtor.AccountKey ?? t.Debtor.Name ?? "cash").Distinct(StringComparer.Ordinal).Count();
        var cashCities = incoming.Where(t => t.Method == PaymentMethod.CashDeposit && t.City is not null).Select(t => t.City!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // Money abroad counts where it reaches an account the detectors flag (a remittance beneficiary, a collector abroad), not a hotel chain's account.
        var abroad = trace.Destinations.Where(d => d.Abroad && !d.IsSeed && flagged.ContainsKey(d.Account)).GroupBy(d => d.Country ?? "??", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.AmountMinor) / 100m, StringComparer.Ordinal);
        var traced = trace.TracedMinor / 100m;
        var abroadShare = traced == 0 ? 0 : (double)(abroad.Values.Sum() / traced);
        var hasCollector = tied.Exists(t => t.Roles.Contains(nameof(AccountRole.Collector), StringComparison.Ordinal));
        var split = RiskWeights.Default.Money;
        var max = RiskWeights.Default.Max(ScorePart);
        string Points(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * max:0.#} of {max:0}");
        var abroadPart = split.Abroad * Math.Min(1, abroadShare / split.AbroadFullAt);
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{tied.Count} accounts tied to the lead ({direct.Count} directly); {(hasCollector ? $"a collector account among them ({Points(split.Collector)})" : "no collector account")}; {abroadShare:P0} of the money traced from them ended abroad ({Points(abroadPart)}); cash deposited in {cashCities.Count} cities{(cashCities.Count >= split.CashMinCities ? $" ({Points(split.CashCities)})" : string.Empty)}");
        return new NetworkMoney(network.Id, tied, inflow, payers, cashCities, traced, abroad, abroadShare, split.Share(hasCollector, abroadShare, cashCities.Count), explanation);
    }

    private static string RolesOf(Dictionary<string, FlaggedAccount> flagged, string account) =>
        flagged.TryGetValue(account, out var f) ? f.Roles.ToString() : string.Empty;

    /// <summary>The links' scores gain the money part (replacing an earlier one) through the one score function, and networks are ranked again.</summary>
    private static List<Network> WithMoney(List<Network> networks, List<NetworkMoney> views)
    {
        var byNetwork = views.ToDictionary(v => v.NetworkId, StringComparer.Ordinal);
        var weights = RiskWeights.Default;
        return networks.Select(n =>
        {
            var parts = n.Risk.Parts.Where(p => p.Name != ScorePart).ToList();
            parts.Add(byNetwork.TryGetValue(n.Id, out var view)
                ? RiskPart.Of(weights, ScorePart, view.AbroadShare, view.Share, view.Explanation)
                : RiskPart.Of(weights, ScorePart, 0, 0, "the bank files tie no account to this lead"));

            return n with { Risk = RiskScore.Compose(parts, weights) };
        }).OrderByDescending(n => n.Risk.Total).ThenByDescending(n => n.AdCount).ThenBy(n => n.Id, StringComparer.Ordinal).Select((n, i) => n with { Rank = i + 1 }).ToList();
    }

    private static IEnumerable<Statement> Statements(MoneyReport report, List<NetworkMoney> views, List<EntityValues> accounts)
    {
        var idOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in accounts)
        {
            if ((a.First("iban") ?? a.First("accountNumber")) is { } key)
            {
                idOf[key] = a.Id;
            }
        }

        Statement S(string entity, string property, string value, string? detail = null) =>
            new(entity, "BankAccount", property, value, LinkStatements.SourceId, null, Producer, PaymentStatements.Version, null, null, detail);

        foreach (var account in report.Accounts)
        {
            if (!idOf.TryGetValue(account.Account, out var id))
            {
                continue;
            }

            foreach (AccountRole role in Enum.GetValues<AccountRole>())
            {
                if (role != AccountRole.None && (account.Roles & role) == role)
                {
                    yield return S(id, "topics", "money." + role.ToString().ToLowerInvariant());
                }
            }

            foreach (var finding in account.Findings.Take(10))
            {
                yield return S(id, "notes", finding.Summary, JsonSerializer.Serialize(new { detector = finding.Detector, score = finding.Score, from = finding.From, to = finding.To, total_minor = finding.TotalMinor, transactions = finding.Transactions.Take(50) }, LinkStatements.Json));
            }
        }

        foreach (var view in views)
        {
            foreach (var tie in view.Accounts)
            {
                if (idOf.TryGetValue(tie.Account, out var id))
                {
                    yield return S(id, "network", view.NetworkId, JsonSerializer.Serialize(new { direct = tie.Direct, reason = tie.Reason }, LinkStatements.Json));
                }
            }
        }
    }

    private static void WriteAll(IWorkspaceStore store, IEnumerable<Statement> statements)
    {
        var batch = new List<Statement>(20_000);
        foreach (var s in statements)
        {
            batch.Add(s);
            if (batch.Count == 20_000)
            {
                store.Write(batch);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            store.Write(batch);
        }
    }
}

/// <summary>What a money run found.</summary>
public sealed record MoneyRun(MoneyReport Report, IReadOnlyList<NetworkMoney> Networks, int Transactions);

/// <summary>The money results kept in the workspace for the report and eval.</summary>
public sealed record StoredMoney(MoneyReport Report, IReadOnlyList<NetworkMoney> Networks);
