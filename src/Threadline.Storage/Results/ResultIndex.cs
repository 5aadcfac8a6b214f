namespace Threadline.Storage;

/// <summary>How a typed result is filed: its id, its place in the order, and the keys it is found by.</summary>
/// <param name="Id">The result's stable id.</param>
/// <param name="SortKey">Its place in the order (a rank, a score).</param>
/// <param name="Keys">Lookup keys (see <see cref="ResultRecord.Keys"/>); none when null.</param>
public sealed record ResultIndex(string Id, double SortKey, IReadOnlyList<string>? Keys = null);
