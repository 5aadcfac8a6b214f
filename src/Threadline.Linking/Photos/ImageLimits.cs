namespace Threadline.Linking;

/// <summary>Bounds on what an image may cost before it is decoded.</summary>
public sealed record ImageLimits
{
    /// <summary>Largest encoded size read, in bytes (default 20 MB).</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest width or height, in pixels (default 12,000).</summary>
    public int MaxDimension { get; init; } = 12_000;

    /// <summary>Largest pixel count of the full image (default 50 million); larger images are decoded scaled down or refused.</summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>Largest pixel count actually decoded into memory (default 16 million).</summary>
    public long MaxDecodedPixels { get; init; } = 16_000_000;
}
