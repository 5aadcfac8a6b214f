namespace Threadline.Application.Queries.Ads;

/// <summary>A run of an ad's text: plain, or covered by findings (indexes into <see cref="AdView.Findings"/>).</summary>
/// <param name="Text">The text, as written (untrusted: a shell encodes it).</param>
/// <param name="Kind">The first covering finding's kind, or null for plain text.</param>
/// <param name="Findings">The findings that cover this run.</param>
public sealed record TextSegment(string Text, string? Kind, IReadOnlyList<int> Findings);
