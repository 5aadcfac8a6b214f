using System.Text.Json;
using Threadline.Linking;
using Threadline.Money;
using Threadline.Money.Tracing;

namespace Threadline.Application.Queries.Accounts;

/// <summary>One bank account: findings, ties to leads, flows and traces.</summary>
public static class AccountQueries
{
    /// <summary>Most counterparties listed each way.</summary>
    public const int MaxCounterparties = 50;

    /// <summary>The account's view, or null when neither the bank files nor the findings know it.</summary>
    /// <param name="investigation">The open workspace.</param>
    /// <param name="account">The account key (an IBAN as the bank files give it, or an account number).</param>
    /// <param name="offset">Transactions to skip.</param>
    /// <param name="limit">Transactions per page.</param>
    public static AccountView? View(Investigation investigation, string account, int? offset = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        if (string.IsNullOrWhiteSpace(account) || account.Length > 100)
        {
            return null;
        }

        var store = investigation.Store;
        var money = investigation.Money;
        var findings = Application.Money.MoneyResults.Account(store, account);
        var entity = store.GetEntity(Application.Money.PaymentStatements.AccountId(account));
        if (!money.Knows(account) && findings is null && entity is null)
        {
            return null;
        }

        var own = money.Of(account).Select(i => money.Transactions[i]).ToList();
        var incoming = own.Where(t => t.Creditor.AccountKey == account && t.Debtor.AccountKey != account).ToList();
        var outgoing = own.Where(t => t.Debtor.AccountKey == account && t.Creditor.AccountKey != account).ToList();
        var ties = entity?.Statements.Where(s => s.Property == "network").Select(s => Tie(s.Value, s.Detail)).ToList() ?? [];
        var rows = own.Select(Row).Reverse().ToList();
        return new AccountView(
            account,
            entity?.Id,
            entity?.First("holderName") ?? incoming.Select(t => t.Creditor.Name).Concat(outgoing.Select(t => t.Debtor.Name)).FirstOrDefault(n => n is not null),
            entity?.First("bankName"),
            Iban.Country(account),
            LinkResult.LeadNotice,
            findings,
            ties,
            incoming.Sum(t => t.Amount),
            outgoing.Sum(t => t.Amount),
            own.Select(t => t.Currency).GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault(),
            Parties(incoming, t => t.Debtor),
            Parties(outgoing, t => t.Creditor),
            ByCountry(incoming, t => t.Debtor),
            ByCountry(outgoing, t => t.Creditor),
            Paging.Of(rows, offset, limit),
            MoneyTracer.Forward(money.Table, [account]),
            MoneyTracer.Backward(money.Table, [account]));
    }

    /// <summary>A trace from several accounts at once (a network's tied accounts), forward or backward.</summary>
    public static TraceResult Trace(Investigation investigation, IReadOnlyCollection<string> accounts, TraceDirection direction)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        ArgumentNullException.ThrowIfNull(accounts);
        var seeds = accounts.Where(a => !string.IsNullOrWhiteSpace(a) && a.Length <= 100).Take(100).ToList();
        var table = investigation.Money.Table;
        return direction == TraceDirection.Forward ? MoneyTracer.Forward(table, seeds) : MoneyTracer.Backward(table, seeds);
    }

    private static AccountTieRow Tie(string network, string? detail)
    {
        var direct = false;
        var reason = string.Empty;
        if (!string.IsNullOrEmpty(detail))
        {
            using var doc = JsonDocument.Parse(detail);
            direct = doc.RootElement.TryGetProperty("direct", out var d) && d.ValueKind == JsonValueKind.True;
            reason = doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() ?? string.Empty : string.Empty;
        }

        return new AccountTieRow(network, direct, reason);
    }

    private static TransactionRow Row(BankTransaction t) => new(
        t.Id, t.BookingDate, t.Debtor.AccountKey, t.Debtor.Name, t.Creditor.AccountKey, t.Creditor.Name, t.Amount, t.Currency,
        t.Method.ToString(), t.City, t.RemittanceText,
        t.Line is { } line ? Path.GetFileName(t.SourceFile) + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : Path.GetFileName(t.SourceFile));

    private static List<Counterparty> Parties(List<BankTransaction> list, Func<BankTransaction, Party> side) =>
        list.GroupBy(t => side(t).AccountKey ?? "cash", StringComparer.Ordinal)
            .Select(g => new Counterparty(g.Key, g.Select(t => side(t).Name).FirstOrDefault(n => n is not null), g.Key == "cash" ? null : Iban.Country(g.Key), g.Sum(t => t.Amount), g.Count()))
            .OrderByDescending(c => c.Amount).ThenBy(c => c.Account, StringComparer.Ordinal).Take(MaxCounterparties).ToList();

    private static SortedDictionary<string, decimal> ByCountry(List<BankTransaction> list, Func<BankTransaction, Party> side)
    {
        var sums = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var t in list)
        {
            var key = side(t).AccountKey is { } k ? Iban.Country(k) ?? "?" : "cash";
            sums[key] = sums.GetValueOrDefault(key) + t.Amount;
        }

        return sums;
    }
}
