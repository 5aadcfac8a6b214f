namespace Threadline.Money.Graph;

/// <summary>
/// Dense integer ids for account keys (normalised IBAN, other account id, <c>name:…</c>, or the
/// pseudo-account <see cref="CashKey"/> for cash paid in or taken out). Lookups by span avoid a string
/// per transaction when reading large files.
/// </summary>
public sealed class AccountIndex
{
    /// <summary>The pseudo-account that cash deposits come from and cash withdrawals go to.</summary>
    public const string CashKey = "cash";

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string> keys = [];
    private readonly List<string?> countries = [];

    /// <summary>The pseudo-account for a counterparty the file does not identify.</summary>
    public const string UnknownKey = "unknown";

    /// <summary>Creates an index that already holds <see cref="CashKey"/> (id 0) and <see cref="UnknownKey"/> (id 1).</summary>
    public AccountIndex()
    {
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Cash = GetOrAdd(CashKey);
        Unknown = GetOrAdd(UnknownKey);
    }

    /// <summary>The id of the cash pseudo-account.</summary>
    public int Cash { get; }

    /// <summary>The id of the unknown-counterparty pseudo-account.</summary>
    public int Unknown { get; }

    /// <summary>Number of accounts.</summary>
    public int Count => keys.Count;

    /// <summary>The key of an id.</summary>
    public string this[int id] => keys[id];

    /// <summary>All keys in id order.</summary>
    public IReadOnlyList<string> Keys => keys;

    /// <summary>The id of a key, adding it when new.</summary>
    public int GetOrAdd(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!ids.TryGetValue(key, out var id))
        {
            id = keys.Count;
            ids.Add(key, id);
            keys.Add(key);
        }

        return id;
    }

    /// <summary>The id of a key given as a span, adding it when new (allocates only for new keys).</summary>
    public int GetOrAdd(ReadOnlySpan<char> key)
    {
        if (!lookup.TryGetValue(key, out var id))
        {
            var text = key.ToString();
            id = keys.Count;
            ids.Add(text, id);
            keys.Add(text);
        }

        return id;
    }

    /// <summary>Looks a key up by span without adding it.</summary>
    public bool TryFind(ReadOnlySpan<char> key, out int id) => lookup.TryGetValue(key, out id);

    /// <summary>The id of a key, or -1.</summary>
    public int Find(string key) => ids.TryGetValue(key, out var id) ? id : -1;

    /// <summary>True for pseudo-accounts (cash, unknown) that are not real accounts.</summary>
    public bool IsPseudo(int id) => id == Cash || id == Unknown;

    /// <summary>Country of an account from its IBAN, else null (cached per account: detectors ask per transaction).</summary>
    public string? Country(int id)
    {
        if (countries.Count <= id)
        {
            lock (countries)
            {
                for (var i = countries.Count; i < keys.Count; i++)
                {
                    countries.Add(Iban.Country(keys[i]) is { } c ? string.Intern(c) : null);
                }
            }
        }

        return countries[id];
    }
}
