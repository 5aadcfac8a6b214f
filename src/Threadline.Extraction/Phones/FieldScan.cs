namespace Threadline.Extraction.Phones;

/// <summary>Per-field working state of <see cref="PhoneFinder"/>, reused across ads on one thread.</summary>
internal sealed class FieldScan
{
    public TextField Field;
    public string Text = "";
    public readonly List<Unit> Units = [];
    public readonly List<Run> Runs = [];

    /// <summary>Per run: whether it holds a decoy group (such a run is never a whole tail of a split number).</summary>
    public readonly List<bool> RunHasDecoy = [];

    /// <summary>Groups (unit ranges) of the run being solved.</summary>
    public readonly List<(int Start, int End)> Groups = [];
    public readonly List<bool> Decoy = [];

    /// <summary>Unit ranges no number was read from (for numbers split between title and body).</summary>
    public readonly List<(int Start, int End)> Leftovers = [];

    public void Reset(TextField field, string text)
    {
        Field = field;
        Text = text;
        Units.Clear();
        Runs.Clear();
        RunHasDecoy.Clear();
        Groups.Clear();
        Decoy.Clear();
        Leftovers.Clear();
    }
}
