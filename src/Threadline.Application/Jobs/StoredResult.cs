using System.IO.Compression;
using System.Text.Json;
using Threadline.Storage;

namespace Threadline.Application.Jobs;

/// <summary>
/// A job's full result kept in the workspace settings (the link and money results), as gzip-compressed JSON in
/// base64. The JSON is streamed into the compressor and out of it, never held whole: the link result of 1M ads is
/// about 240 MB of JSON, which as one string (plus the serialiser's buffers) cost about a gigabyte at the end of
/// the link job. Plain JSON written by earlier versions still loads.
/// </summary>
public static class StoredResult
{
    private const string Prefix = "gzip-base64:";

    public static void Save<T>(IWorkspaceStore store, string key, T value, JsonSerializerOptions options)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, value, options);
        }

        store.SetMeta(key, Prefix + Convert.ToBase64String(compressed.GetBuffer(), 0, (int)compressed.Length));
    }

    public static T? Load<T>(IWorkspaceStore store, string key, JsonSerializerOptions options)
    {
        var stored = store.GetMeta(key);
        if (stored is null)
        {
            return default;
        }

        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return JsonSerializer.Deserialize<T>(stored, options);
        }

        var bytes = Convert.FromBase64String(stored[Prefix.Length..]);
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(gzip, options);
    }
}
