using Threadline.Application.Link;
using Threadline.Money.Analysis;
using Threadline.Storage;

namespace Threadline.Application.Money;

/// <summary>
/// The money run kept as records (issue 13.4): one per flagged account (found by <c>role:collector</c>,
/// <c>country:XX</c>), one per network's money picture (by network id), and a summary with the findings,
/// so an account page reads one account.
/// </summary>
public static class MoneyResults
{
    public const string AccountKind = "money.account";
    public const string NetworkKind = "money.network";
    public const string SummaryKind = "money.summary";
    private const string SummaryId = "last";

    /// <summary>Replaces the stored money results (the summary out first and in last, as for link results).</summary>
    public static void Save(IWorkspaceStore store, StoredMoney money)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(money);
        var json = LinkStatements.Json;
        store.DeleteResults(SummaryKind);
        store.WriteResults(AccountKind, money.Report.Accounts.Select((a, i) => ResultJson.Record(new ResultIndex(a.Account, i, AccountKeys(a)), a, json)), replace: true);
        store.WriteResults(NetworkKind, money.Networks, n => new ResultIndex(n.NetworkId, -n.Points), replace: true, json);
        store.WriteResults(SummaryKind, [money.Report with { Accounts = [] }], _ => new ResultIndex(SummaryId, 0), replace: true, json);
    }

    /// <summary>The last complete money run, or null.</summary>
    public static StoredMoney? Load(IWorkspaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.GetResult<MoneyReport>(SummaryKind, SummaryId, LinkStatements.Json) is not { } report)
        {
            return null;
        }

        var accounts = store.AllResults<FlaggedAccount>(AccountKind, null, LinkStatements.Json);
        return new StoredMoney(report with { Accounts = accounts }, store.AllResults<NetworkMoney>(NetworkKind, null, LinkStatements.Json));
    }

    /// <summary>One flagged account's findings, or null.</summary>
    public static FlaggedAccount? Account(IWorkspaceStore store, string account) => store.GetResult<FlaggedAccount>(AccountKind, account, LinkStatements.Json);

    /// <summary>A network's money picture, or null when no account is tied to it.</summary>
    public static NetworkMoney? OfNetwork(IWorkspaceStore store, string networkId) => store.GetResult<NetworkMoney>(NetworkKind, networkId, LinkStatements.Json);


    private static List<string> AccountKeys(FlaggedAccount a)
    {
        var keys = Enum.GetValues<AccountRole>().Where(r => r != AccountRole.None && (a.Roles & r) == r).Select(r => "role:" + r.ToString().ToLowerInvariant()).ToList();
        if (a.Country is { Length: > 0 } country)
        {
            keys.Add("country:" + country.ToUpperInvariant());
        }

        return keys;
    }
}
