using System.Text.Encodings.Web;
using System.Text.Json;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// The quarantine of every ingest: a JSON Lines file, one problem per line, <c>{"file","line","reason","excerpt"}</c>
/// plus <c>"element"</c> where the format names one (bank files) and <c>"kept"</c> where the format keeps records
/// without a value (ads, bookings: true for a value left out of a kept record). Appended and flushed to disk, so what
/// is recorded as done is in the file.
/// </summary>
public sealed class QuarantineWriter : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string? _path;
    private readonly bool _withKept;
    private FileStream? _stream;

    /// <param name="path">The file, created on the first problem; null: problems are only counted.</param>
    /// <param name="withKept">Whether lines carry <c>"kept"</c>.</param>
    public QuarantineWriter(string? path, bool withKept)
    {
        _path = path;
        _withKept = withKept;
    }

    /// <summary>Appends and flushes to disk.</summary>
    public void Append(IReadOnlyList<Rejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        if (_path is null || rejections.Count == 0)
        {
            return;
        }

        if (_stream is null)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(_path));
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
                if (rejection.Element is { } element)
                {
                    writer.WriteString("element", element);
                }

                writer.WriteString("reason", rejection.Reason);
                writer.WriteString("excerpt", rejection.Excerpt);
                if (_withKept)
                {
                    writer.WriteBoolean("kept", rejection.Kept);
                }

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
