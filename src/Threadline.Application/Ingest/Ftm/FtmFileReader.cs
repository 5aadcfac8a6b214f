using System.Text.Json;
using Threadline.Core.Text;
using Threadline.Ingest.Pipeline;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>
/// Reads one FollowTheMoney file as records for the ingest pipeline: entities as JSON Lines (<c>{"id","schema","properties"}</c>,
/// as Aleph and <c>ftm export</c> write them), statements as JSON Lines (<c>entity_id</c>, <c>schema</c>, <c>prop</c>,
/// <c>value</c>, <c>dataset</c> …), both mixed, or statements as CSV with those columns. Records are framed from the bytes
/// by Core's <see cref="CsvRecordReader"/> and each is checked on its own: a line that is not UTF-8 text, not JSON, too
/// long or too deep is rejected with its line and reason and the next one read. Each value is checked against the part of
/// the FtM model Threadline reads (<see cref="FtmVocabulary"/>) and put in its type's form; a reference whose target the
/// file holds as an entity of a schema the property does not take is left out, and so is a value of an entity the file
/// gives another kind on an earlier line (<see cref="FtmFileIndex"/>, the per-file state).
/// </summary>
internal sealed partial class FtmFileReader
{
    /// <summary>The longest line (or CSV record) read, in bytes; a longer one is skipped unread.</summary>
    public const int MaxRecordBytes = 8 * 1024 * 1024;

    /// <summary>The deepest JSON nesting read.</summary>
    public const int MaxDepth = 16;

    public const int MaxValuesPerEntity = 10_000;

    private static readonly string[] RequiredColumns = ["entity_id", "schema", "prop", "value"];

    private readonly string _path;
    private readonly string _defaultDataset;
    private readonly FtmFileIndex _index;
    private readonly List<Rejection> _problems = [];
    private ReadOnlyMemory<byte> _record;
    private long _line;

    private FtmFileReader(string path, string defaultDataset, FtmFileIndex index)
    {
        _path = path;
        _defaultDataset = defaultDataset;
        _index = index;
    }

    /// <summary>The records of a file in order, from the start of <paramref name="stream"/>; <paramref name="done"/> gets the file's entity counts at its end.</summary>
    public static IEnumerable<ReadItem<FtmRecord>> Read(Stream stream, string path, bool csv, string defaultDataset, Action<FtmFileIndex>? done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new FtmFileReader(path, defaultDataset, FtmFileIndex.Scan(stream, csv, cancellationToken));
        var records = new CsvRecordReader(stream, MaxRecordBytes, csv ? CsvFraming.Csv : CsvFraming.Lines) { Delimiter = csv ? (byte)',' : null };
        List<string>? header = csv ? null : [];
        while (records.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            reader._record = records.Current;
            reader._line = records.Line;
            reader._problems.Clear();
            if (records.Oversized)
            {
                yield return reader.Reject($"the {(csv ? "record" : "line")} is longer than {MaxRecordBytes:N0} bytes: not read", wholeFile: header is null);
                if (header is null)
                {
                    yield break;
                }

                continue;
            }

            if (records.IsBlank)
            {
                continue;
            }

            if (Utf8Check.TextProblem(records.Current.Span) is { } notText)
            {
                yield return reader.Reject(notText + (header is null ? ": the header is not text, the file is not read" : ": not read"), wholeFile: header is null);
                if (header is null)
                {
                    yield break;
                }

                continue;
            }

            if (header is null)
            {
                header = CsvFields.Split(records.Current.Span, (byte)',', out _);
                var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
                if (missing.Count > 0)
                {
                    yield return reader.Reject("the header lacks the column(s) " + string.Join(", ", missing) + " of FollowTheMoney statements: the file is not read", wholeFile: true);
                    yield break;
                }

                continue;
            }

            yield return csv ? reader.CsvRecord(header) : reader.JsonRecord();
        }

        done?.Invoke(reader._index);
    }

    private ReadItem<FtmRecord> JsonRecord()
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(_record, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            var deep = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase);
            return Reject(deep ? $"JSON nested deeper than {MaxDepth} levels: not read" : "not a JSON object: " + e.Message);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Reject("not a JSON object");
            }

            try
            {
                return Done(root.TryGetProperty("entity_id", out _) ? Statement(root) : Entity(root));
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json will not give a string with a lone surrogate escape (\ud800) as text.
                _problems.Clear();
                return Reject("a name or text is not valid Unicode (a lone surrogate escape such as \\ud800): not read");
            }
        }
    }

    private ReadItem<FtmRecord> CsvRecord(List<string> header)
    {
        var record = CsvFields.Split(_record.Span, (byte)',', out _);
        if (record.Count != header.Count)
        {
            return Reject($"the record has {record.Count} fields, the header {header.Count}: not read");
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            fields[header[i]] = record[i].Length == 0 ? null : record[i];
        }

        return Done(FromFields(fields));
    }

    /// <summary>A record read: accepted with its values and what was left out of it, or rejected for its first problem.</summary>
    private ReadItem<FtmRecord> Done(List<FtmInputValue>? values)
    {
        if (values is null)
        {
            return ReadItem<FtmRecord>.Reject(_problems.FirstOrDefault(p => !p.Kept) ?? Problem("nothing in it could be read: not read", false));
        }

        foreach (var v in values)
        {
            if (_index.Get(v.EntityId) is { } seen)
            {
                _index.Keep(seen);
            }
        }

        return ReadItem<FtmRecord>.Accept(new FtmRecord(_line, values), [.. _problems], _line);
    }

    private ReadItem<FtmRecord> Reject(string reason, bool wholeFile = false) => ReadItem<FtmRecord>.Reject(Problem(reason, false), wholeFile);

    /// <summary>A quarantine line for the current record: rejected, or (<paramref name="kept"/>) a value left out of it.</summary>
    private Rejection Problem(string reason, bool kept, string? excerpt = null) =>
        new(_path, _line, reason, excerpt is null ? Excerpts.FromBytes(_record.Span, Excerpts.MaxChars) : Excerpts.FromText(excerpt, Excerpts.MaxChars)) { Kept = kept };

    private void LeftOut(string reason, string? value = null) => _problems.Add(Problem(reason, true, value));

    private void NotRead(string reason) => _problems.Add(Problem(reason, false));
}
