using System.Text.Json;

namespace Threadline.Storage;

/// <summary>
/// Typed results over <see cref="IWorkspaceStore"/>'s result records, serialised with System.Text.Json, so jobs
/// write and read their own records (a network, a persona) without handling JSON bytes.
/// </summary>
public static class ResultJson
{
    /// <summary>A value as a result record.</summary>
    public static ResultRecord Record<T>(ResultIndex index, T value, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new ResultRecord(index.Id, index.SortKey, JsonSerializer.SerializeToUtf8Bytes(value, options))
        {
            Keys = index.Keys ?? [],
        };
    }

    /// <summary>The value a record holds.</summary>
    /// <exception cref="JsonException">The payload is not a <typeparamref name="T"/> (or is JSON <c>null</c>).</exception>
    public static T Read<T>(ResultRecord record, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Deserialize<T>(record.Payload.Span, options)
            ?? throw new JsonException($"result '{record.Id}' holds null, not a {typeof(T).Name}");
    }

    /// <summary>Writes values as results of a kind (<see cref="IWorkspaceStore.WriteResults"/>), each filed by <paramref name="index"/>.</summary>
    public static long WriteResults<T>(this IWorkspaceStore store, string kind, IEnumerable<T> values, Func<T, ResultIndex> index, bool replace, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(index);
        return store.WriteResults(kind, values.Select(v => Record(index(v), v, options)), replace);
    }

    /// <summary>One typed result, or default when there is none.</summary>
    public static T? GetResult<T>(this IWorkspaceStore store, string kind, string id, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.GetResult(kind, id) is { } record ? Read<T>(record, options) : default;
    }

    /// <summary>A page of typed results (<see cref="IWorkspaceStore.PageResults"/>).</summary>
    public static IReadOnlyList<T> PageResults<T>(this IWorkspaceStore store, string kind, int offset, int limit, ResultOrder order = ResultOrder.Ascending, string? key = null, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.PageResults(kind, offset, limit, order, key).Select(r => Read<T>(r, options)).ToList();
    }

    /// <summary>Every typed result of a kind (or under a key), in sort-key order, read page by page.</summary>
    public static List<T> AllResults<T>(this IWorkspaceStore store, string kind, string? key = null, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var list = new List<T>();
        for (var offset = 0; ; offset += ResultLimits.MaxPage)
        {
            var page = store.PageResults<T>(kind, offset, ResultLimits.MaxPage, ResultOrder.Ascending, key, options);
            list.AddRange(page);
            if (page.Count < ResultLimits.MaxPage)
            {
                return list;
            }
        }
    }
}
