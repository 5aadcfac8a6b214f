namespace Threadline.Storage;

/// <summary>Bounds on derived results, the same for every engine; <see cref="ResultRules"/> applies them.</summary>
public static class ResultLimits
{
    /// <summary>Most records one page (or one batch read) returns; a larger limit is cut to this.</summary>
    public const int MaxPage = 1000;

    /// <summary>Longest kind name; a kind is letters, digits, <c>.</c>, <c>_</c> and <c>-</c>.</summary>
    public const int MaxKindLength = 64;

    /// <summary>Longest id or key, in characters.</summary>
    public const int MaxIdLength = 512;

    /// <summary>Most keys on one record.</summary>
    public const int MaxKeys = 100_000;

    /// <summary>Largest payload of one record, in bytes of JSON.</summary>
    public const int MaxPayloadBytes = 64 << 20;
}
