namespace Threadline.Extraction.Phones;

/// <summary>One digit (or the plus sign) read from text, with its source range.</summary>
internal struct Unit
{
    public int Start;
    public int End;
    public char Digit;
    public UnitFlags Flags;
    public SepKind Sep;

    /// <summary>Languages of the number word, when <see cref="UnitFlags.NumberWord"/>.</summary>
    public string[]? Languages;

    public readonly bool Has(UnitFlags f) => (Flags & f) != 0;
}
