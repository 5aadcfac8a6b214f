namespace Threadline.Linking;

/// <summary>The perceptual hash of one image, or why there is none.</summary>
/// <param name="Hash">The 64-bit hash (0 when <paramref name="Error"/> is set).</param>
/// <param name="Error">Why the image was not hashed (too big, malformed ...), else null.</param>
public readonly record struct ImageHashResult(ulong Hash, string? Error)
{
    public bool Ok => Error is null;
}
