namespace Threadline.Storage;

/// <summary>
/// One derived result (a network, a persona, an account's money picture) kept under its kind and id, so one can be
/// read, or a page of them, without loading the rest. The store indexes the id, the sort key and the keys; the
/// payload is opaque UTF-8 JSON (an engine may compress it).
/// </summary>
/// <param name="Id">Unique within the kind; the stable id the result is known by (<c>network-…</c>).</param>
/// <param name="SortKey">The order pages come in (a rank, a score): finite; ties go by id.</param>
/// <param name="Payload">The result as UTF-8 JSON (see <see cref="ResultJson"/> for typed values).</param>
public sealed record ResultRecord(string Id, double SortKey, ReadOnlyMemory<byte> Payload)
{
    /// <summary>
    /// Lookup keys: the record is found by any of them through <see cref="IWorkspaceStore.PageResults"/>
    /// (a network under each member's id, a persona under <c>network:&lt;id&gt;</c>, a flag such as <c>flagged</c>).
    /// A set: read back distinct, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> Keys { get; init; } = [];
}
