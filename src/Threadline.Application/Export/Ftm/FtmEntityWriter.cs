using System.Text.Json;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// Writes FtM entities as FtM's tools read them: one JSON object per line with <c>id</c>, <c>schema</c> and
/// <c>properties</c> (each a list of strings), plus <c>datasets</c> and, when known, <c>first_seen</c> and
/// <c>last_seen</c>, which FtM's entity loader reads and Aleph ignores.
/// </summary>
public sealed class FtmEntityWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly string _dataset;

    public FtmEntityWriter(Stream stream, string dataset)
    {
        _stream = stream;
        _dataset = dataset;
        _writer = new Utf8JsonWriter(stream, Jobs.JsonOutput.Compact);
    }

    public void Write(FtmEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _writer.WriteStartObject();
        _writer.WriteString("id", entity.Id);
        _writer.WriteString("schema", entity.Schema.Name);
        _writer.WriteStartObject("properties");
        var datasets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, values) in entity.Properties)
        {
            _writer.WriteStartArray(name);
            foreach (var value in values)
            {
                _writer.WriteStringValue(value.Value);
                datasets.Add(FtmProvenance.Dataset(value, _dataset));
            }

            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
        _writer.WriteStartArray("datasets");
        foreach (var d in datasets)
        {
            _writer.WriteStringValue(d);
        }

        _writer.WriteEndArray();
        var (first, last) = entity.Seen();
        if (first is { } f)
        {
            _writer.WriteString("first_seen", FtmValues.Timestamp(f));
        }

        if (last is { } l)
        {
            _writer.WriteString("last_seen", FtmValues.Timestamp(l));
        }

        _writer.WriteEndObject();
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _writer.Reset(_stream);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Flush();
    }
}
