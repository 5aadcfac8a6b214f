namespace Threadline.Application.Queries.Graph;

/// <summary>
/// Groups a chart's nodes into communities by label propagation (Raghavan, Albert and Kumara, Phys. Rev. E 76, 2007),
/// made deterministic: nodes in id order, ties to the smallest label, a fixed number of rounds. Cut edges do not count.
/// Used only to collapse a chart too large to read; it decides nothing about the lead.
/// </summary>
internal static class Communities
{
    private const int Rounds = 20;

    public static int[] Of(IReadOnlyList<string> nodes, IEnumerable<(int A, int B, double Weight)> edges)
    {
        var neighbours = new List<(int Node, double Weight)>[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            neighbours[i] = [];
        }

        foreach (var (a, b, w) in edges)
        {
            neighbours[a].Add((b, w));
            neighbours[b].Add((a, w));
        }

        var label = Enumerable.Range(0, nodes.Count).ToArray();
        var order = Enumerable.Range(0, nodes.Count).OrderBy(i => nodes[i], StringComparer.Ordinal).ToArray();
        var score = new Dictionary<int, double>();
        for (var round = 0; round < Rounds; round++)
        {
            var changed = false;
            foreach (var i in order)
            {
                if (neighbours[i].Count == 0)
                {
                    continue;
                }

                score.Clear();
                foreach (var (n, w) in neighbours[i])
                {
                    score[label[n]] = score.GetValueOrDefault(label[n]) + Math.Max(w, 0.05);
                }

                var best = score.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
                if (best != label[i])
                {
                    label[i] = best;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        // Number communities 0.. by size, largest first, then by their smallest node id.
        var groups = Enumerable.Range(0, nodes.Count).GroupBy(i => label[i])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Select(i => nodes[i]).Min(StringComparer.Ordinal), StringComparer.Ordinal).ToList();
        var community = new int[nodes.Count];
        for (var c = 0; c < groups.Count; c++)
        {
            foreach (var i in groups[c])
            {
                community[i] = c;
            }
        }

        return community;
    }
}
