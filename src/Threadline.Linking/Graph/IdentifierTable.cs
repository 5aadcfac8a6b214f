namespace Threadline.Linking.Graph;

/// <summary>
/// Interned identifiers (phones, e-mails, handles, photo clusters, templates) with their ads, both ways,
/// as compressed arrays: ad → identifiers and identifier → ads.
/// </summary>
internal sealed class IdentifierTable
{
    private readonly List<EvidenceKind> _kinds = [];
    private readonly List<string> _values = [];
    private readonly Dictionary<(EvidenceKind, string), int> _ids = [];
    private readonly List<int>[] _perAd;
    private int[] _identOffsets = [];
    private int[] _identAds = [];

    public IdentifierTable(int ads)
    {
        _perAd = new List<int>[ads];
        for (var i = 0; i < ads; i++)
        {
            _perAd[i] = [];
        }
    }

    public int Count => _kinds.Count;

    public EvidenceKind KindOf(int id) => _kinds[id];

    public string ValueOf(int id) => _values[id];

    public IReadOnlyList<int> OfAd(int ad) => _perAd[ad];

    public ReadOnlySpan<int> AdsOf(int id) => _identAds.AsSpan(_identOffsets[id], _identOffsets[id + 1] - _identOffsets[id]);

    public int AdCount(int id) => _identOffsets[id + 1] - _identOffsets[id];

    public void Add(int ad, EvidenceKind kind, string value)
    {
        if (!_ids.TryGetValue((kind, value), out var id))
        {
            id = _kinds.Count;
            _kinds.Add(kind);
            _values.Add(value);
            _ids[(kind, value)] = id;
        }

        var list = _perAd[ad];
        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    /// <summary>Builds the identifier → ads side; call once after all <see cref="Add"/>s.</summary>
    public void Seal()
    {
        var offsets = new int[_kinds.Count + 1];
        foreach (var list in _perAd)
        {
            foreach (var id in list)
            {
                offsets[id + 1]++;
            }
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] += offsets[i - 1];
        }

        var fill = (int[])offsets.Clone();
        var ads = new int[offsets[^1]];
        for (var ad = 0; ad < _perAd.Length; ad++)
        {
            foreach (var id in _perAd[ad])
            {
                ads[fill[id]++] = ad;
            }
        }

        _identOffsets = offsets;
        _identAds = ads;
    }
}
