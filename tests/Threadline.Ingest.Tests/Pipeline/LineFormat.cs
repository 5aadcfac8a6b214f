using Threadline.Core.Statements;

namespace Threadline.Ingest.Tests.Pipeline;

/// <summary>
/// A format small enough to see the pipeline's rules through: one record per non-blank line; a line starting with
/// <c>bad</c> is rejected (element <c>line</c>), a first line <c>!header</c> rejects the whole file, a file named
/// <c>*.bin</c> is not of this kind. <see cref="Options"/> stands for the options that shape reading.
/// </summary>
internal sealed class LineFormat(string options = "default", bool keepsValues = false) : IIngestFormat<string>
{
    private int _reads;

    public string Options { get; set; } = options;

    /// <summary>Files whose records were read (on any thread).</summary>
    public int Reads => Volatile.Read(ref _reads);

    public string Kind => "lines";

    public string Producer => "test.lines";

    public string ProducerVersion => "1";

    public bool KeepsRecordsWithoutValues => keepsValues;

    public bool IsWanted(string path) => path.EndsWith(".txt", StringComparison.Ordinal);

    public FileProbe Probe(Stream stream, string path) =>
        stream.Length == 0 ? new FileProbe(null, EmptyNote: "nothing")
        : path.EndsWith(".bin", StringComparison.Ordinal) ? new FileProbe(null, new Rejection(path, 0, "not lines", string.Empty) { Element = "file" })
        : new FileProbe("Lines");

    public string? Fingerprint(FileProbe probe) => Options;

    public IEnumerable<ReadItem<string>> Read(Stream stream, SourceFile file, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        using var reader = new StreamReader(stream, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (number == 1 && line == "!header")
            {
                yield return ReadItem<string>.Reject(new Rejection(file.Path, number, "unusable header", line) { Element = "header" }, wholeFile: true);
                yield break;
            }

            yield return line.StartsWith("bad", StringComparison.Ordinal)
                ? ReadItem<string>.Reject(new Rejection(file.Path, number, "a bad line", line) { Element = "line" })
                : ReadItem<string>.Accept(line, line.EndsWith('?') ? [new Rejection(file.Path, number, "a doubtful value", "?") { Kept = true }] : null, number);
        }
    }

    public FileStatements<string> StartFile(SourceFile file) => new Things(file);

    private sealed class Things(SourceFile file) : FileStatements<string>
    {
        public override void Add(string record, List<Statement> batch) =>
            batch.Add(new Statement("thing-" + record, "Thing", "name", record, file.SourceId, file.Name, "test.lines", "1", null, null));
    }
}
