using System.Text.Json;
using System.Text.Json.Serialization;
using Threadline.Cases.Grading;

namespace Threadline.Cases.Store;

/// <summary>
/// The JSON a <see cref="CaseRecord"/> carries for each part of a case, engine-neutral. Decoding goes through the
/// domain types' constructors, so a row that was changed behind the store's back is refused with the case, kind, id
/// and version named, never half-read.
/// </summary>
public static partial class CaseCodec
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = 16,
    };

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static T Read<T>(CaseRecord record, Func<CaseRecord, T> decode)
    {
        try
        {
            return decode(record);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException or NullReferenceException)
        {
            throw new InvalidDataException($"case {record.CaseReference}: stored {record.Kind} '{record.Id}' (version {record.Version}) cannot be read: {ex.Message}", ex);
        }
    }

    private static T Parse<T>(CaseRecord record) =>
        JsonSerializer.Deserialize<T>(record.Payload, Json) ?? throw new JsonException("empty payload");

    private static MarkingDto Dto(Marking m) => new(m.Grade.ToString(), m.Handling, m.Conditions, [.. m.PermittedByProvider]);

    private static Marking Of(MarkingDto? m) =>
        m is null ? throw new JsonException("marking missing") : new Marking(Grade.Parse(m.Grade), m.Handling, m.Conditions, m.Permitted ?? []);

    private sealed record MarkingDto(string Grade, HandlingCode Handling, string? Conditions, ExportPurpose[]? Permitted);
}
