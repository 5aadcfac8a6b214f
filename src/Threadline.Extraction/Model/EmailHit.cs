namespace Threadline.Extraction;

/// <summary>An e-mail address, normalised to lower case.</summary>
/// <param name="Address">e.g. <c>lina@example.com</c>.</param>
/// <param name="Obfuscated">True when written as "name at domain dot com" or similar.</param>
/// <param name="Span">Where it was written.</param>
public sealed record EmailHit(string Address, bool Obfuscated, TextSpan Span);
