namespace Threadline.Extraction;

/// <summary>A URL or bare web address.</summary>
/// <param name="Url">As written, trailing punctuation removed.</param>
/// <param name="Host">Lower-case host name.</param>
/// <param name="Span">Where it was written.</param>
public sealed record UrlHit(string Url, string Host, TextSpan Span);
