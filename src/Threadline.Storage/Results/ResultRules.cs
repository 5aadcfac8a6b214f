using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Threadline.Storage;

/// <summary>
/// What every engine checks before it keeps a result, so that bad input fails the same way everywhere (an
/// <see cref="ArgumentException"/> naming the record, nothing written).
/// </summary>
public static class ResultRules
{
    /// <summary>Checks a kind name: 1 to <see cref="ResultLimits.MaxKindLength"/> letters, digits, <c>.</c>, <c>_</c> or <c>-</c>.</summary>
    public static void CheckKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.Length is 0 or > ResultLimits.MaxKindLength || !kind.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new ArgumentException($"result kind '{kind}' must be 1 to {ResultLimits.MaxKindLength} letters, digits, '.', '_' or '-'", nameof(kind));
        }
    }

    /// <summary>Checks one record and returns its keys as stored: distinct, in ordinal order.</summary>
    public static string[] Check(string kind, ResultRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        CheckText(record.Id, "id", kind, record.Id);
        if (!double.IsFinite(record.SortKey))
        {
            throw new ArgumentException($"{kind} result '{record.Id}' has a sort key that is not a finite number");
        }

        var payload = record.Payload.Span;
        if (payload.Length > ResultLimits.MaxPayloadBytes)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{kind} result '{record.Id}' is {payload.Length:N0} bytes; at most {ResultLimits.MaxPayloadBytes:N0} are kept"));
        }

        if (payload.IsEmpty || !Utf8.IsValid(payload) || !IsOneJsonValue(payload))
        {
            throw new ArgumentException($"{kind} result '{record.Id}' is not one UTF-8 JSON value");
        }

        var keys = record.Keys ?? [];
        if (keys.Count > ResultLimits.MaxKeys)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{kind} result '{record.Id}' has {keys.Count:N0} keys; at most {ResultLimits.MaxKeys:N0} are kept"));
        }

        foreach (var key in keys)
        {
            CheckText(key, "key", kind, record.Id);
        }

        return [.. keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>A sort key as stored: <c>-0</c> is <c>0</c>, so both engines order it alike.</summary>
    public static double SortKey(double value) => value == 0 ? 0 : value;

    private static void CheckText(string? text, string what, string kind, string? id)
    {
        if (string.IsNullOrEmpty(text) || text.Length > ResultLimits.MaxIdLength)
        {
            throw new ArgumentException($"{kind} result '{id}' has a {what} that is empty or longer than {ResultLimits.MaxIdLength} characters");
        }
    }

    private static bool IsOneJsonValue(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
            while (reader.Read())
            {
            }

            return reader.BytesConsumed == json.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
