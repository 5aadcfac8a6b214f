using System.Text;
using System.Text.Json;

namespace Threadline.Application.Export.Graph;

/// <summary>
/// Records held in a temporary file (deleted when closed) while an export writes what must come before them, so a
/// graph of a million edges costs disk, not memory.
/// </summary>
internal sealed class SpillFile<T> : IDisposable
{
    private readonly FileStream _file;
    private readonly StreamWriter _writer;

    public SpillFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "threadline-export-" + Guid.NewGuid().ToString("N") + ".jsonl");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _writer = new StreamWriter(_file, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
    }

    public long Count { get; private set; }

    public void Add(T record)
    {
        _writer.WriteLine(JsonSerializer.Serialize(record));
        Count++;
    }

    /// <summary>The records in the order they were added (read once, after the last <see cref="Add"/>).</summary>
    public IEnumerable<T> Read()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new StreamReader(_file, Encoding.UTF8, false, 1 << 16, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            yield return JsonSerializer.Deserialize<T>(line)!;
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
