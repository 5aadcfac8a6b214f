namespace Threadline.Extraction.Evaluation;

/// <summary>One ad to score: an id for the error samples, the text, and the phones truly written in it.</summary>
public sealed record PhoneEvalCase(string Id, AdText Ad, IReadOnlyList<TruePhone> Truth);
