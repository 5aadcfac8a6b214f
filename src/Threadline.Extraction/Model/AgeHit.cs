namespace Threadline.Extraction;

/// <summary>A stated age in years.</summary>
/// <param name="Years">Age in years (14 to 79 are read).</param>
/// <param name="Span">Where it was written.</param>
public sealed record AgeHit(int Years, TextSpan Span);
