namespace Threadline.Application.Queries.Search;

/// <summary>A run of a search snippet: matched words or the text around them.</summary>
public sealed record SnippetPart(string Text, bool Match);
