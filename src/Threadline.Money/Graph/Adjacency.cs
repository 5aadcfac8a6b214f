namespace Threadline.Money.Graph;

/// <summary>Compressed sparse rows: for each account, the indices of its transactions in time order.</summary>
public sealed class Adjacency
{
    private Adjacency(int[] start, int[] edges)
    {
        Start = start;
        Edges = edges;
    }

    /// <summary>Row starts (length = accounts + 1).</summary>
    public int[] Start { get; }

    /// <summary>Transaction indices, row after row.</summary>
    public int[] Edges { get; }

    /// <summary>The transactions of one account.</summary>
    public ReadOnlySpan<int> Of(int account) => Edges.AsSpan(Start[account], Start[account + 1] - Start[account]);

    internal static Adjacency Build(int accounts, int[] endpoint)
    {
        var start = new int[accounts + 1];
        foreach (var a in endpoint)
        {
            start[a + 1]++;
        }

        for (var i = 0; i < accounts; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var edges = new int[endpoint.Length];
        for (var t = 0; t < endpoint.Length; t++)
        {
            edges[fill[endpoint[t]]++] = t;
        }

        return new Adjacency(start, edges);
    }
}
