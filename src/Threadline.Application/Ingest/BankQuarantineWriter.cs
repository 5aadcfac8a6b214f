using System.Text.Encodings.Web;
using System.Text.Json;
using Threadline.Money;

namespace Threadline.Application.Ingest;

/// <summary>
/// Appends bank-file problems to a JSON Lines file as the ad quarantine does, one object per line:
/// <c>{"file","line","element","reason","excerpt"}</c> (<c>line</c> 0 for a whole file), flushed to disk
/// before the file is recorded as done.
/// </summary>
public sealed class BankQuarantineWriter(string? path) : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private FileStream? _stream;

    public void Append(IReadOnlyList<ImportIssue> issues)
    {
        if (path is null || issues.Count == 0)
        {
            return;
        }

        if (_stream is null)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        }

        using (var writer = new Utf8JsonWriter(_stream, WriterOptions))
        {
            foreach (var issue in issues)
            {
                writer.WriteStartObject();
                writer.WriteString("file", issue.File);
                writer.WriteNumber("line", issue.Line ?? 0);
                writer.WriteString("element", issue.Element);
                writer.WriteString("reason", issue.Reason);
                writer.WriteString("excerpt", issue.Excerpt ?? string.Empty);
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
