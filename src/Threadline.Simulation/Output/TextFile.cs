using System.Text;

namespace Threadline.Simulation.Output;

/// <summary>A buffered UTF-8 (no BOM) text file with "\n" line ends.</summary>
internal sealed class TextFile : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false, true);
    private readonly StreamWriter _writer;

    public TextFile(string path, string? header = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), Utf8, 1 << 16) { NewLine = "\n" };
        FilePath = path;
        if (header is not null)
        {
            _writer.Write(header);
        }
    }

    public string FilePath { get; }

    public long Lines { get; private set; }

    public void Write(StringBuilder sb)
    {
        foreach (var chunk in sb.GetChunks())
        {
            _writer.Write(chunk.Span);
        }

        Lines++;
    }

    public void WriteLine(string line)
    {
        _writer.Write(line);
        _writer.Write('\n');
        Lines++;
    }

    public void Dispose() => _writer.Dispose();
}
