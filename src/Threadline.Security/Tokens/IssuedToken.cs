namespace Threadline.Security.Tokens;

/// <summary>A token just issued: what the store keeps, and the text handed to its holder once (never stored).</summary>
/// <param name="Token">The stored part.</param>
/// <param name="Text">The whole token, <c>tl1_ID_SECRET</c>: shown or written once.</param>
public sealed record IssuedToken(AccessToken Token, string Text);
