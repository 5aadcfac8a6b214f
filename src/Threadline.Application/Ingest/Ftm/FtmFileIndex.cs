using System.Text.Json;
using Threadline.Core.Text;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>
/// The entities of one FtM file with the schema and line each first appears under, gathered before the file's records
/// are read (a first pass that looks only at ids and schemata), so that a reference can be checked against its target
/// wherever in the file the target is, and an id given two kinds of entity is named on its second line. Bounded: at most
/// <see cref="MaxEntities"/> entities; a reference to one past it is kept unchecked.
/// </summary>
internal sealed class FtmFileIndex
{
    public const int MaxEntities = 2_000_000;

    private readonly Dictionary<string, Seen> _entities = new(StringComparer.Ordinal);

    /// <summary>Entities of the file with at least one value kept.</summary>
    public int Kept { get; private set; }

    /// <summary>Kept entities by the Threadline type they are kept as.</summary>
    public SortedDictionary<string, long> KeptByType { get; } = new(StringComparer.Ordinal);

    public Seen? Get(string id) => _entities.GetValueOrDefault(id);

    /// <summary>
    /// Notes an entity of <paramref name="schema"/> on <paramref name="line"/>: the first sight decides its kind; a later,
    /// more specific schema of the same Threadline type (a LegalEntity seen again as a Company) sharpens it.
    /// </summary>
    public Seen? Note(string id, FtmSchema schema, long line)
    {
        if (_entities.TryGetValue(id, out var seen))
        {
            if (schema.Name != seen.Schema.Name && schema.IsA(seen.Schema.Name) && FtmMapping.ThreadlineType(schema) == seen.Type)
            {
                seen.Schema = schema;
            }

            return seen;
        }

        if (_entities.Count >= MaxEntities)
        {
            return null;
        }

        seen = new Seen(schema, line, FtmMapping.ThreadlineType(schema));
        _entities[id] = seen;
        return seen;
    }

    /// <summary>Counts an entity as kept (once).</summary>
    public void Keep(Seen seen)
    {
        if (!seen.Kept)
        {
            seen.Kept = true;
            Kept++;
            KeptByType[seen.Type] = KeptByType.GetValueOrDefault(seen.Type) + 1;
        }
    }

    /// <summary>The first pass: ids and schemata of every record, from the start of the stream, which is rewound after.</summary>
    public static FtmFileIndex Scan(Stream stream, bool csv, CancellationToken cancellationToken)
    {
        var index = new FtmFileIndex();
        if (!stream.CanSeek)
        {
            return index;
        }

        var start = stream.Position;
        var records = new CsvRecordReader(stream, FtmFileReader.MaxRecordBytes, csv ? CsvFraming.Csv : CsvFraming.Lines) { Delimiter = csv ? (byte)',' : null };
        int idColumn = -1, schemaColumn = -1;
        var header = csv;
        while (records.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (records.Oversized || records.IsBlank || Utf8Check.TextProblem(records.Current.Span) is not null)
            {
                continue;
            }

            string? id, schemaName;
            if (csv)
            {
                var fields = CsvFields.Split(records.Current.Span, (byte)',', out _);
                if (header)
                {
                    header = false;
                    idColumn = fields.IndexOf("entity_id");
                    schemaColumn = fields.IndexOf("schema");
                    if (idColumn < 0 || schemaColumn < 0)
                    {
                        break;
                    }

                    continue;
                }

                id = idColumn < fields.Count ? fields[idColumn] : null;
                schemaName = schemaColumn < fields.Count ? fields[schemaColumn] : null;
            }
            else
            {
                (id, schemaName) = IdAndSchema(records.Current.Span);
            }

            if (FtmValues.IsEntityId(id) && schemaName is not null && FtmVocabulary.Default.TryGet(schemaName, out var schema) && !schema!.IsAbstract)
            {
                index.Note(id!, schema, records.Line);
            }
        }

        stream.Position = start;
        return index;
    }

    /// <summary>The top-level <c>id</c> (or <c>entity_id</c>) and <c>schema</c> of a JSON line, without building the document.</summary>
    private static (string? Id, string? Schema) IdAndSchema(ReadOnlySpan<byte> line)
    {
        string? id = null, schema = null;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = FtmFileReader.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("entity_id"u8);
                var isSchema = reader.ValueTextEquals("schema"u8);
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && (isId || isSchema))
                {
                    var text = reader.GetString();
                    id = isId ? text : id;
                    schema = isSchema ? text : schema;
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // A line that is not JSON is said so when it is read; here it names no entity.
            return (null, null);
        }

        return (id, schema);
    }

    /// <summary>An entity of the file: its schema, the line it first appears on, and whether any of its values was kept.</summary>
    internal sealed class Seen(FtmSchema schema, long line, string type)
    {
        public FtmSchema Schema { get; set; } = schema;

        public long Line { get; } = line;

        /// <summary>The Threadline type its first sight gives it.</summary>
        public string Type { get; } = type;

        public bool Kept { get; set; }
    }
}
