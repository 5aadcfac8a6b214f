namespace Threadline.Extraction;

/// <summary>Where something was found: a field and a UTF-16 range in that field's original text.</summary>
/// <param name="Field">The field.</param>
/// <param name="Start">Offset of the first UTF-16 code unit in the field's text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Text">The exact substring of the field.</param>
public readonly record struct TextSpan(TextField Field, int Start, int Length, string Text)
{
    /// <summary>Offset just after the span.</summary>
    public int End => Start + Length;

    /// <summary>Field name as used in statements: <c>title</c>, <c>body</c> or <c>phone</c>.</summary>
    public string FieldName => Field switch
    {
        TextField.Title => "title",
        TextField.Body => "body",
        _ => "phone",
    };
}
