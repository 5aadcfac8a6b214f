using System.Text.Encodings.Web;
using System.Text.Json;

namespace Threadline.Application.Jobs;

/// <summary>JSON for --json output and exports: UTF-8, readable non-ASCII, invariant.</summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static readonly JsonWriterOptions Pretty = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static readonly JsonSerializerOptions Serializer = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Writes a value as indented JSON followed by a newline.</summary>
    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, Serializer));
    }
}
