using System.Globalization;
using Threadline.Core.Model;
using Threadline.Core.Statements;
using Threadline.Ingest.Pipeline;
using Threadline.Storage;

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

    /// <summary>
    /// References whose target the workspace already holds as an entity of a schema the FtM property does not take (a
    /// Payment's payer that an earlier file made an Address). A target the workspace does not hold is no problem: FtM files
    /// often point outside themselves. Targets in the same file were checked as it was read (<see cref="FtmFileIndex"/>).
    /// </summary>
    public IReadOnlyList<(Statement Statement, string Reason)> Contradicted(IWorkspaceStore store, IReadOnlyList<Statement> batch)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(batch);
        List<(Statement, string)>? result = null;
        var targets = new Dictionary<string, (string Schema, string How)?>(StringComparer.Ordinal);
        foreach (var s in batch)
        {
            if (!string.Equals(s.Producer, Producer, StringComparison.Ordinal) || !MayReference(s) || !FtmValues.IsEntityId(s.Value)
                || FtmProvenance.Imported(s, "schema") is not { } schemaName || FtmProvenance.Imported(s, "prop") is not { } prop
                || !FtmVocabulary.Default.TryGet(schemaName, out var schema) || schema!.Property(prop)?.Range is not { } range
                || !FtmVocabulary.Default.TryGet(range, out _))
            {
                continue;
            }

            if (!targets.TryGetValue(s.Value, out var target))
            {
                target = TargetSchema(store, s.Value);
                targets[s.Value] = target;
            }

            if (target is { } t && !(FtmVocabulary.Default.TryGet(t.Schema, out var ts) && ts!.IsA(range)))
            {
                (result ??= []).Add((s, $"property '{prop}' of entity '{s.EntityId}' points at '{s.Value}', which the workspace holds as {t.How}, where FollowTheMoney's {schemaName}.{prop} takes {FtmFileReader.A(range)}: left out"));
            }
        }

        return result ?? [];
    }

    /// <summary>Whether a statement may hold an FtM reference: an edge of its Threadline type, or an FtM property kept raw.</summary>
    private static bool MayReference(Statement s) =>
        s.Property.StartsWith(FtmMapping.RawPrefix, StringComparison.Ordinal)
        || (SchemaModel.Default.TryGet(s.Schema, out var type) && type!.Properties.TryGetValue(s.Property, out var spec) && spec.IsEdge);

    /// <summary>The FtM schema of an entity the workspace holds (the most specific it was read under, else the one its type is exported as), and how to say it; null when it holds none.</summary>
    private static (string Schema, string How)? TargetSchema(IWorkspaceStore store, string id)
    {
        if (store.GetEntity(id) is not { } entity)
        {
            return null;
        }

        FtmSchema? best = null;
        foreach (var name in entity.Statements.Select(st => FtmProvenance.Imported(st, "schema")).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (FtmVocabulary.Default.TryGet(name, out var schema) && !schema!.IsAbstract && (best is null || schema.IsA(best.Name)))
            {
                best = schema;
            }
        }

        if (best is not null)
        {
            return (best.Name, FtmFileReader.A(best.Name));
        }

        return FtmMapping.FtmSchemaOf(entity.Schema) is { } exported
            ? (exported, $"{FtmFileReader.A(entity.Schema)} (FollowTheMoney {exported})")
            : (entity.Schema, $"{FtmFileReader.A(entity.Schema)}, which is no FollowTheMoney entity");
    }

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
