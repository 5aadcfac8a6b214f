namespace Threadline.Money.Graph;

/// <summary>Collects transactions in any order and builds a time-sorted <see cref="TransactionTable"/>.</summary>
public sealed class TransactionTableBuilder
{
    private readonly Dictionary<string, int> placeIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> places = [];
    private int[] source;
    private int[] target;
    private long[] amount;
    private long[] time;
    private byte[] method;
    private int[] place;
    private string?[]? ids;
    private int count;

    /// <summary>Creates a builder with room for <paramref name="capacity"/> transactions.</summary>
    public TransactionTableBuilder(int capacity = 1024, AccountIndex? accounts = null, bool keepIds = false)
    {
        capacity = Math.Max(16, capacity);
        Accounts = accounts ?? new AccountIndex();
        source = new int[capacity];
        target = new int[capacity];
        amount = new long[capacity];
        time = new long[capacity];
        method = new byte[capacity];
        place = new int[capacity];
        ids = keepIds ? new string?[capacity] : null;
    }

    /// <summary>The account index being filled.</summary>
    public AccountIndex Accounts { get; }

    /// <summary>Transactions added so far.</summary>
    public int Count => count;

    /// <summary>The id of a city name (case-insensitive), adding it when new; -1 for none.</summary>
    public int PlaceId(string? city)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            return -1;
        }

        city = city.Trim();
        if (!placeIds.TryGetValue(city, out var id))
        {
            id = places.Count;
            placeIds.Add(city, id);
            places.Add(city);
        }

        return id;
    }

    /// <summary>Adds one transaction.</summary>
    public void Add(int from, int to, long amountMinor, long unixSeconds, PaymentMethod how = PaymentMethod.Transfer, int placeId = -1, string? id = null)
    {
        if (count == source.Length)
        {
            Grow();
        }

        source[count] = from;
        target[count] = to;
        amount[count] = amountMinor;
        time[count] = unixSeconds;
        method[count] = (byte)how;
        place[count] = placeId;
        if (ids is not null)
        {
            ids[count] = id;
        }

        count++;
    }

    /// <summary>Sorts by time (stable: equal times keep insertion order) and returns the table.</summary>
    public TransactionTable Build()
    {
        var order = new int[count];
        var keys = new long[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = time[i];
        }

        var sorted = true;
        for (var i = 1; i < count && sorted; i++)
        {
            sorted = keys[i - 1] <= keys[i];
        }

        if (!sorted)
        {
            // Array.Sort is not stable; ties are broken by the original index to keep it deterministic.
            Array.Sort(keys, order);
            var s = 0;
            while (s < count)
            {
                var e = s + 1;
                while (e < count && keys[e] == keys[s])
                {
                    e++;
                }

                if (e - s > 1)
                {
                    Array.Sort(order, s, e - s);
                }

                s = e;
            }
        }

        return new TransactionTable(
            Accounts,
            Permute(source, order),
            Permute(target, order),
            Permute(amount, order),
            Permute(time, order),
            Permute(method, order),
            Permute(place, order),
            places.ToArray(),
            ids is null ? null : Permute(ids, order));
    }

    private T[] Permute<T>(T[] values, int[] order)
    {
        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = values[order[i]];
        }

        return result;
    }

    private void Grow()
    {
        var size = (int)Math.Min(Array.MaxLength, (long)source.Length * 2);
        Array.Resize(ref source, size);
        Array.Resize(ref target, size);
        Array.Resize(ref amount, size);
        Array.Resize(ref time, size);
        Array.Resize(ref method, size);
        Array.Resize(ref place, size);
        if (ids is not null)
        {
            Array.Resize(ref ids, size);
        }
    }
}
