using System.Globalization;
using Threadline.Core.Statements;
using Threadline.Ingest.Pipeline;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>
/// FollowTheMoney files as an <see cref="IIngestFormat{TRecord}"/>: <see cref="FtmFileReader"/> gives a record per line
/// (or CSV row), this turns each value into a statement of the Threadline type that holds its kind
/// (<see cref="FtmMapping.ThreadlineType"/>) with its FtM provenance in the detail. One per run: it also counts the
/// entities and values read, which the pipeline's summary does not know.
/// </summary>
internal sealed class FtmIngestFormat(string dataset) : IIngestFormat<FtmRecord>
{
    private const string Csv = "FtmStatementsCsv";
    private static readonly string[] Extensions = [".json", ".jsonl", ".ndjson", ".ftm", ".csv"];

    private readonly Lock _gate = new();
    private long _values;

    public string Kind => FtmIngestJob.SourceKind;

    public string Producer => FtmIngestJob.Producer;

    public string ProducerVersion => FtmIngestJob.Version;

    public bool KeepsRecordsWithoutValues => true;

    /// <summary>Entities with a value kept, over the files read (an entity in two files counts in each).</summary>
    public long Entities { get; private set; }

    /// <summary>Values turned into statements.</summary>
    public long Values => Interlocked.Read(ref _values);

    /// <summary><see cref="Entities"/> by the Threadline type they are kept as.</summary>
    public SortedDictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>In a directory: <c>.json</c>, <c>.jsonl</c>, <c>.ndjson</c>, <c>.ftm</c> and <c>.csv</c> files.</summary>
    public bool IsWanted(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public FileProbe Probe(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.Length == 0)
        {
            return new FileProbe(null, EmptyNote: "empty file (0 bytes): nothing to read");
        }

        var head = new byte[4096];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var bytes = head.AsSpan(0, length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return new FileProbe(null, new Rejection(path, 0, "the file is UTF-16 or UTF-32 text; FollowTheMoney files are UTF-8: not read", string.Empty) { Element = "file" });
        }

        if (length == stream.Length && bytes.TrimStart("\uFEFF"u8).Trim(" \t\r\n"u8).IsEmpty)
        {
            return new FileProbe(null, EmptyNote: "only blank space: nothing to read");
        }

        return string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase)
            ? new FileProbe(Csv) { StoredFormat = "ftm-statements-csv" }
            : new FileProbe("FtmJson") { StoredFormat = "ftm-json" };
    }

    /// <summary>The dataset given to values whose file names none: a file read with problems is read again when it changes.</summary>
    public string? Fingerprint(FileProbe probe) => "dataset=" + dataset;

    public IEnumerable<ReadItem<FtmRecord>> Read(Stream stream, SourceFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return FtmFileReader.Read(stream, file.Path, file.Probe.Format == Csv, dataset, Count, cancellationToken);
    }

    public FileStatements<FtmRecord> StartFile(SourceFile file) => new Statements(file, this);

    private void Count(FtmFileIndex index)
    {
        lock (_gate)
        {
            Entities += index.Kept;
            foreach (var (type, n) in index.KeptByType)
            {
                ByType[type] = ByType.GetValueOrDefault(type) + n;
            }
        }
    }

    private sealed class Statements(SourceFile file, FtmIngestFormat format) : FileStatements<FtmRecord>
    {
        public override void Add(FtmRecord record, List<Statement> batch)
        {
            var locator = file.Name + ":" + record.Line.ToString(CultureInfo.InvariantCulture);
            foreach (var v in record.Values)
            {
                var schema = FtmVocabulary.Default.Get(v.Schema);
                var detail = FtmProvenance.ImportDetail(v.Dataset, v.Origin, v.Lang, v.OriginalValue, v.Schema, v.Prop);
                batch.Add(new Statement(v.EntityId, FtmMapping.ThreadlineType(schema), FtmMapping.ThreadlineProperty(schema, v.Prop), v.Value, file.SourceId, locator, FtmIngestJob.Producer, FtmIngestJob.Version, v.FirstSeen, v.LastSeen, detail));
            }

            Interlocked.Add(ref format._values, record.Values.Count);
        }
    }
}
