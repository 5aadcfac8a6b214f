using System.IO.Compression;

namespace Threadline.Storage.Sqlite;

/// <summary>
/// A result's JSON as stored: as it is when small, deflated when that makes it smaller (JSON of a network's members
/// and evidence shrinks to a fifth or so), so a workspace with a million ads' results stays a reasonable size.
/// </summary>
internal static class ResultPayload
{
    public const int Plain = 0;
    public const int Deflate = 1;

    /// <summary>Payloads below this are kept as they are: deflate would gain little and cost a stream per record.</summary>
    private const int CompressFrom = 512;

    public static (int Encoding, byte[] Bytes) Encode(ReadOnlySpan<byte> json)
    {
        if (json.Length >= CompressFrom)
        {
            using var buffer = new MemoryStream(json.Length / 3);
            using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                deflate.Write(json);
            }

            if (buffer.Length < json.Length)
            {
                return (Deflate, buffer.ToArray());
            }
        }

        return (Plain, json.ToArray());
    }

    public static byte[] Decode(int encoding, byte[] stored)
    {
        switch (encoding)
        {
            case Plain:
                return stored;
            case Deflate:
                using (var deflate = new DeflateStream(new MemoryStream(stored), CompressionMode.Decompress))
                using (var json = new MemoryStream(stored.Length * 4))
                {
                    deflate.CopyTo(json);
                    return json.ToArray();
                }

            default:
                throw new WorkspaceException($"a stored result has encoding {encoding}, which this Threadline does not know: use a newer Threadline");
        }
    }
}
