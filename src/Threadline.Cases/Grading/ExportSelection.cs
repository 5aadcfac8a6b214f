using System.Collections.Immutable;

namespace Threadline.Cases.Grading;

/// <summary>The items an export may carry, and those withheld with the reason for each.</summary>
public sealed record ExportSelection<T>(ImmutableArray<T> Included, ImmutableArray<(T Item, string Reason)> Withheld)
    where T : IMarked;
