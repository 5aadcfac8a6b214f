namespace Threadline.Extraction;

/// <summary>Which field of an ad a span lies in.</summary>
public enum TextField
{
    /// <summary>The ad title.</summary>
    Title,

    /// <summary>The ad body.</summary>
    Body,

    /// <summary>The site's phone field.</summary>
    Phone,
}
