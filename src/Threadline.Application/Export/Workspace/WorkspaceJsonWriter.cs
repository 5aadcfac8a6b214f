using System.Globalization;
using System.Text.Json;
using Threadline.Core.Statements;

namespace Threadline.Application.Export.Workspace;

/// <summary>
/// Writes the workspace's own entities (Threadline's types and properties, not FollowTheMoney's) as JSON Lines
/// (<c>{"id","schema","properties":{name:[values]}}</c>), optionally with each value's provenance under
/// <c>statements</c>: a faithful dump for backups and checks. For Aleph and FtM tools use <see cref="ExportFormat.Ftm"/>.
/// </summary>
public sealed class WorkspaceJsonWriter : IDisposable
{
    private readonly Stream stream;
    private readonly Utf8JsonWriter writer;
    private readonly bool withStatements;

    public WorkspaceJsonWriter(Stream stream, bool withStatements)
    {
        this.stream = stream;
        this.withStatements = withStatements;
        writer = new Utf8JsonWriter(stream, JsonOutput.Compact);
    }

    public long Written { get; private set; }

    public void Write(Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("schema", entity.Schema);
        writer.WriteStartObject("properties");
        foreach (var (name, values) in entity.Properties)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        if (withStatements)
        {
            writer.WriteStartArray("statements");
            foreach (var s in entity.Statements.OrderBy(s => s.Property, StringComparer.Ordinal).ThenBy(s => s.Value, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("id", s.Id);
                writer.WriteString("prop", s.Property);
                writer.WriteString("value", s.Value);
                writer.WriteString("source", s.Source);
                WriteOptional("locator", s.Locator);
                writer.WriteString("producer", s.Producer);
                WriteOptional("producer_version", s.ProducerVersion);
                WriteOptional("first_seen", s.FirstSeen?.ToString("O", CultureInfo.InvariantCulture));
                WriteOptional("last_seen", s.LastSeen?.ToString("O", CultureInfo.InvariantCulture));
                if (s.Detail is { Length: > 0 } detail)
                {
                    writer.WritePropertyName("detail");
                    WriteDetail(detail);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        writer.Reset(stream);
        Written++;
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Details are JSON written by producers; embed them as JSON, or as a string if they are not.</summary>
    private void WriteDetail(string detail)
    {
        try
        {
            using var doc = JsonDocument.Parse(detail);
            doc.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            writer.WriteStringValue(detail);
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        stream.Flush();
    }
}
