using System.Text.Encodings.Web;
using System.Text.Json;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Appends rejections to a JSON Lines file: <c>{"file","line","reason","excerpt","kept"}</c>, one per line;
/// <c>kept</c> is true for a value left out of a record that was kept.
/// </summary>
internal sealed class QuarantineWriter : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string? _path;
    private FileStream? _stream;

    public QuarantineWriter(string? path) => _path = path;

    /// <summary>Appends and flushes to disk, so what is recorded as done is in the file.</summary>
    public void Append(IReadOnlyList<Rejection> rejections)
    {
        if (_path is null || rejections.Count == 0)
        {
            return;
        }

        if (_stream is null)
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            _stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
        }

        using (var writer = new Utf8JsonWriter(_stream, WriterOptions))
        {
            foreach (var rejection in rejections)
            {
                writer.WriteStartObject();
                writer.WriteString("file", rejection.File);
                writer.WriteNumber("line", rejection.Line);
                writer.WriteString("reason", rejection.Reason);
                writer.WriteString("excerpt", rejection.Excerpt);
                writer.WriteBoolean("kept", rejection.Kept);
                writer.WriteEndObject();
                writer.Flush();
                writer.Reset();
                _stream.WriteByte((byte)'\n');
            }
        }

        _stream.Flush(flushToDisk: true);
    }

    public void Dispose() => _stream?.Dispose();
}
