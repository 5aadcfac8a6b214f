namespace Threadline.Money.Graph;

/// <summary>
/// The transaction graph as parallel arrays sorted by time (struct-of-arrays: about 30 bytes per
/// transaction, no object per transaction). Amounts are minor units of one reporting currency;
/// times are Unix seconds. Adjacency lists (by account, in time order) are built on first use.
/// </summary>
public sealed class TransactionTable
{
    private Adjacency? outgoing;
    private Adjacency? incoming;

    internal TransactionTable(AccountIndex accounts, int[] source, int[] target, long[] amount, long[] time, byte[] method, int[] place, IReadOnlyList<string> places, string?[]? ids)
    {
        Accounts = accounts;
        Source = source;
        Target = target;
        Amount = amount;
        Time = time;
        Method = method;
        Place = place;
        Places = places;
        Ids = ids;
    }

    /// <summary>Account ids and keys.</summary>
    public AccountIndex Accounts { get; }

    /// <summary>Number of transactions.</summary>
    public int Count => Source.Length;

    /// <summary>Paying account per transaction.</summary>
    public int[] Source { get; }

    /// <summary>Receiving account per transaction.</summary>
    public int[] Target { get; }

    /// <summary>Amount in minor units per transaction.</summary>
    public long[] Amount { get; }

    /// <summary>Unix seconds per transaction (ascending).</summary>
    public long[] Time { get; }

    /// <summary><see cref="PaymentMethod"/> per transaction.</summary>
    public byte[] Method { get; }

    /// <summary>Index into <see cref="Places"/> (city of a cash movement), -1 when unknown.</summary>
    public int[] Place { get; }

    /// <summary>City names.</summary>
    public IReadOnlyList<string> Places { get; }

    /// <summary>Transaction ids (<see cref="BankTransaction.Id"/>) when built from bank transactions; else null.</summary>
    public string?[]? Ids { get; }

    /// <summary>Outgoing transactions per account, in time order.</summary>
    public Adjacency Outgoing => outgoing ??= Adjacency.Build(Accounts.Count, Source);

    /// <summary>Incoming transactions per account, in time order.</summary>
    public Adjacency Incoming => incoming ??= Adjacency.Build(Accounts.Count, Target);

    /// <summary>The id of a transaction, or <c>#index</c> when ids are not kept.</summary>
    public string TxId(int index) => Ids?[index] ?? "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Time of a transaction as a date.</summary>
    public DateTimeOffset When(int index) => DateTimeOffset.FromUnixTimeSeconds(Time[index]);
}
