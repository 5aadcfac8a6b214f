namespace Threadline.Extraction.Evaluation;

/// <summary>A phone number truly written in an ad, with the techniques used to write it (simulator truth vocabulary).</summary>
public sealed record TruePhone(string E164, IReadOnlyList<string> Techniques);
