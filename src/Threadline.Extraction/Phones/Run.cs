namespace Threadline.Extraction.Phones;

/// <summary>A maximal sequence of units joined by separators: units[First .. First+Count).</summary>
internal struct Run
{
    public int First;
    public int Count;
}
