namespace Threadline.Linking.Graph;

/// <summary>Disjoint sets with path halving and union by size; the smaller root index wins ties for determinism.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    public int Count => _parent.Length;

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public int SizeOf(int x) => _size[Find(x)];

    public bool Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        if (_size[ra] < _size[rb] || (_size[ra] == _size[rb] && rb < ra))
        {
            (ra, rb) = (rb, ra);
        }

        _parent[rb] = ra;
        _size[ra] += _size[rb];
        return true;
    }

    /// <summary>The members of each component (key: its root) among the elements <paramref name="include"/> accepts, in element order.</summary>
    public Dictionary<int, List<int>> Members(Func<int, bool> include)
    {
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < _parent.Length; i++)
        {
            if (include(i))
            {
                var root = Find(i);
                if (!members.TryGetValue(root, out var list))
                {
                    members[root] = list = [];
                }

                list.Add(i);
            }
        }

        return members;
    }

    /// <summary>Component label per element, numbered 0.. in order of first appearance.</summary>
    public int[] Labels(out int components)
    {
        var map = new Dictionary<int, int>();
        var labels = new int[_parent.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var r = Find(i);
            if (!map.TryGetValue(r, out var l))
            {
                l = map.Count;
                map[r] = l;
            }

            labels[i] = l;
        }

        components = map.Count;
        return labels;
    }
}
