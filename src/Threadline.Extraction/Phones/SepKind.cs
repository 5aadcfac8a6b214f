namespace Threadline.Extraction.Phones;

/// <summary>What stands between a unit and the one before it in a run.</summary>
internal enum SepKind : byte
{
    /// <summary>Nothing (or only invisible characters): glued.</summary>
    Glued,

    /// <summary>Whitespace, or one of . - / alone.</summary>
    Normal,

    /// <summary>Anything else accepted inside a number (* , _ ~ " / " ...).</summary>
    Odd,
}
