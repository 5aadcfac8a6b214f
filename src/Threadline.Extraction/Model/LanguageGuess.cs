namespace Threadline.Extraction;

/// <summary>The language of an ad.</summary>
/// <param name="Code">ISO 639-1 code (<c>en</c>, <c>fr</c>, <c>nl</c>, <c>es</c>, <c>de</c>, <c>it</c>, <c>pt</c>, <c>ro</c>, <c>zh</c>), or <c>und</c> when unknown.</param>
/// <param name="Confidence">0..1: share of the stop-word hits that voted for it (1 for a hint used alone).</param>
/// <param name="FromHint">True when the text was too short and the hint decided.</param>
public sealed record LanguageGuess(string Code, double Confidence, bool FromHint);
