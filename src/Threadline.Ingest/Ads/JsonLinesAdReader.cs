using System.Globalization;
using System.Text.Json;
using Threadline.Core.Text;

namespace Threadline.Ingest.Ads;

/// <summary>Reads JSON Lines ad exports: one object per line, blank lines skipped.</summary>
internal static class JsonLinesAdReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static IEnumerable<AdReadItem> Read(Stream stream, string file, AdReaderLimits limits, CancellationToken cancellationToken)
    {
        var framer = new CsvRecordReader(stream, limits.MaxRecordBytes, CsvFraming.Lines);
        while (framer.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = framer.Current;
            if (framer.Oversized)
            {
                yield return AdReadItem.Reject(file, framer.Line, TooLong(framer.Length, limits.MaxRecordBytes), Excerpts.FromBytes(bytes.Span, limits.ExcerptChars));
                continue;
            }

            if (framer.IsBlank)
            {
                continue;
            }

            yield return Parse(bytes, file, framer.Line, limits);
        }
    }

    internal static string TooLong(long length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"record is {length:N0} bytes, over the limit of {limit:N0} bytes; skipped unread");

    private static AdReadItem Parse(ReadOnlyMemory<byte> bytes, string file, long line, AdReaderLimits limits)
    {
        if ((Utf8Check.TextProblem(bytes.Span) ?? JsonEscapes.LoneSurrogate(bytes.Span)) is { } notText)
        {
            return Reject(notText);
        }

        List<RawField> fields;
        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Reject($"not a JSON object but {Describe(document.RootElement.ValueKind)}");
            }

            fields = [];
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (fields.Count > limits.MaxFields)
                {
                    break;
                }

                var field = ToField(property);
                if (field is not null)
                {
                    fields.Add(field.Value);
                }
            }
        }
        catch (JsonException e)
        {
            return Reject("malformed or truncated JSON: " + FirstSentence(e.Message));
        }

        var (ad, reason) = AdRecordBuilder.Build(fields, file, line, limits);
        return ad is not null ? AdReadItem.Accept(ad) : Reject(reason!);

        AdReadItem Reject(string why) => AdReadItem.Reject(file, line, why, Excerpts.FromBytes(bytes.Span, limits.ExcerptChars));
    }

    private static RawField? ToField(JsonProperty property)
    {
        var value = property.Value;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                return RawField.Str(property.Name, value.GetString()!);
            case JsonValueKind.Number:
                return new RawField(property.Name, RawKind.Number, value.GetRawText());
            case JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                return new RawField(property.Name, RawKind.StringArray, value.GetRawText(), value.EnumerateArray().Select(e => e.GetString()!).ToList());
            default:
                return new RawField(property.Name, RawKind.Other, value.GetRawText());
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a literal",
    };

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 57." — keep the position, drop the line.
        var position = message.IndexOf("BytePositionInLine: ", StringComparison.Ordinal);
        var head = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = head > 0 ? message[..head] : message;
        if (position > 0)
        {
            text += " (at byte " + message[(position + 20)..].TrimEnd('.') + ")";
        }

        return text;
    }
}
