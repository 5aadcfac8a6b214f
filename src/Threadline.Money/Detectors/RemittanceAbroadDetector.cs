using System.Globalization;
using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>
/// Remittances abroad concentrated on few beneficiaries (DOMAIN.md red flags: money sent abroad; several
/// people sending to the same beneficiary abroad). A transfer is abroad when it uses a remitter
/// (method <c>remittance</c>) or the receiving account's IBAN country differs from the sender's.
/// Two kinds of finding: <c>remittance-abroad</c> on a sender whose money abroad goes mostly to its top
/// beneficiaries, and <c>remittance-beneficiary</c> on a beneficiary abroad fed by several senders.
/// </summary>
public sealed class RemittanceAbroadDetector : ITransactionDetector
{
    /// <summary>Creates the detector.</summary>
    public RemittanceAbroadDetector(RemittanceOptions? options = null) => Options = options ?? RemittanceOptions.Default;

    /// <summary>The parameters.</summary>
    public RemittanceOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "remittance-abroad";

    /// <summary>True when the transaction sends money abroad.</summary>
    public static bool IsAbroad(TransactionTable table, int tx)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Method[tx] == (byte)PaymentMethod.Remittance)
        {
            return true;
        }

        var from = table.Accounts.Country(table.Source[tx]);
        var to = table.Accounts.Country(table.Target[tx]);
        return from is not null && to is not null && !string.Equals(from, to, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Detect(TransactionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var findings = new List<Finding>();
        var business = new bool[table.Accounts.Count];
        var distinct = new HashSet<int>();
        for (var a = 0; a < table.Accounts.Count; a++)
        {
            distinct.Clear();
            foreach (var t in table.Incoming.Of(a))
            {
                if (distinct.Add(table.Source[t]) && distinct.Count > Options.MaxBeneficiarySenders)
                {
                    business[a] = true;
                    break;
                }
            }
        }

        var sendersPerBeneficiary = new SortedDictionary<int, List<int>>();
        for (var account = 0; account < table.Accounts.Count; account++)
        {
            if (table.Accounts.IsPseudo(account))
            {
                continue;
            }

            long total = 0, abroadTotal = 0;
            var abroad = new List<int>();
            var perBeneficiary = new Dictionary<int, long>();
            foreach (var t in table.Outgoing.Of(account))
            {
                total += table.Amount[t];
                if (!IsAbroad(table, t) || table.Accounts.IsPseudo(table.Target[t]) || (business[table.Target[t]] && table.Method[t] != (byte)PaymentMethod.Remittance))
                {
                    continue;
                }

                abroad.Add(t);
                abroadTotal += table.Amount[t];
                perBeneficiary[table.Target[t]] = perBeneficiary.GetValueOrDefault(table.Target[t]) + table.Amount[t];
                if (!sendersPerBeneficiary.TryGetValue(table.Target[t], out var list))
                {
                    sendersPerBeneficiary[table.Target[t]] = list = [];
                }

                list.Add(t);
            }

            if (abroad.Count < Options.MinTransfers || abroadTotal < Options.MinAbroadShare * total)
            {
                continue;
            }

            var top = perBeneficiary.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(Options.TopBeneficiaries).ToList();
            var topShare = (double)top.Sum(kv => kv.Value) / abroadTotal;
            if (topShare < Options.MinTopShare)
            {
                continue;
            }

            var beneficiaries = top.Select(kv => table.Accounts[kv.Key]).ToList();
            var from = table.When(abroad[0]);
            var to = table.When(abroad[^1]);
            var countries = top.Select(kv => table.Accounts.Country(kv.Key) ?? "?").Distinct().Order(StringComparer.Ordinal);
            findings.Add(new Finding(
                Name,
                table.Accounts[account],
                [table.Accounts[account], .. beneficiaries],
                topShare,
                from,
                to,
                abroadTotal,
                Evidence.Of(table, abroad, Options.MaxEvidence),
                string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[account]} sent {Evidence.Money(abroadTotal)} abroad ({(double)abroadTotal / total:P0} of its outflow) in {abroad.Count} transfers, {topShare:P0} of it to {beneficiaries.Count} beneficiaries ({string.Join(", ", countries)}) ({Evidence.Span(from, to)})")));
        }

        foreach (var (beneficiary, txs) in sendersPerBeneficiary)
        {
            var senders = txs.Select(t => table.Source[t]).Distinct().Select(s => table.Accounts[s]).Order(StringComparer.Ordinal).ToList();
            if (senders.Count < Options.MinSendersPerBeneficiary)
            {
                continue;
            }

            var ordered = txs.Order().ToList();
            var from = table.When(ordered[0]);
            var to = table.When(ordered[^1]);
            var total = ordered.Sum(t => table.Amount[t]);
            findings.Add(new Finding(
                "remittance-beneficiary",
                table.Accounts[beneficiary],
                [table.Accounts[beneficiary], .. senders],
                senders.Count,
                from,
                to,
                total,
                Evidence.Of(table, ordered, Options.MaxEvidence),
                string.Create(CultureInfo.InvariantCulture, $"{table.Accounts[beneficiary]} ({table.Accounts.Country(beneficiary) ?? "?"}) received {Evidence.Money(total)} from abroad from {senders.Count} senders in {ordered.Count} transfers ({Evidence.Span(from, to)})")));
        }

        return findings;
    }
}
