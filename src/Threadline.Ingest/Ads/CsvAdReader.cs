using System.Globalization;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Reads CSV ad exports: a header row naming the fields (any order, any case), the delimiter detected
/// from it, RFC 4180 quoting. A header that lacks a required column rejects the whole file once,
/// instead of every row.
/// </summary>
internal static class CsvAdReader
{
    private static readonly string[] Delimiters = [",", ";", "tab", "|"];

    public static IEnumerable<AdReadItem> Read(Stream stream, string file, AdReaderLimits limits, CancellationToken cancellationToken)
    {
        var framer = new RecordFramer(stream, limits.MaxRecordBytes);
        string[]? header = null;
        byte delimiter = (byte)',';
        while (framer.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = framer.Current.Span;
            if (header is null)
            {
                if (IsBlank(bytes) && !framer.CurrentOversized)
                {
                    continue;
                }

                var problem = ReadHeader(framer, limits, out header, out delimiter);
                if (problem is not null)
                {
                    yield return AdReadItem.Reject(file, 0, "CSV header: " + problem, Excerpts.FromBytes(bytes, limits.ExcerptChars));
                    yield break;
                }

                framer.CsvDelimiter = delimiter;
                continue;
            }

            if (framer.CurrentOversized)
            {
                yield return AdReadItem.Reject(file, framer.CurrentLine, JsonLinesAdReader.TooLong(framer.CurrentLength, limits.MaxRecordBytes), Excerpts.FromBytes(bytes, limits.ExcerptChars));
                continue;
            }

            if (IsBlank(bytes))
            {
                continue;
            }

            yield return Row(framer, header, delimiter, file, limits);
        }
    }

    private static AdReadItem Row(RecordFramer framer, string[] header, byte delimiter, string file, AdReaderLimits limits)
    {
        var bytes = framer.Current.Span;
        var line = framer.CurrentLine;
        if (framer.CurrentUnterminated)
        {
            return Reject("unterminated quoted field: the file ends inside quotes (truncated?)");
        }

        if (Utf8Check.TextProblem(bytes) is { } notText)
        {
            return Reject(notText);
        }

        var values = CsvFields.Split(bytes, delimiter);
        if (values.Count != header.Length)
        {
            return Reject(string.Create(CultureInfo.InvariantCulture, $"row has {values.Count} fields, the header has {header.Length}"));
        }

        var fields = new List<RawField>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            fields.Add(RawField.Str(header[i], values[i]));
        }

        var (ad, reason) = AdRecordBuilder.Build(fields, file, line, limits);
        return ad is not null ? AdReadItem.Accept(ad) : Reject(reason!);

        AdReadItem Reject(string why) => AdReadItem.Reject(file, line, why, Excerpts.FromBytes(framer.Current.Span, limits.ExcerptChars));
    }

    private static string? ReadHeader(RecordFramer framer, AdReaderLimits limits, out string[] header, out byte delimiter)
    {
        header = [];
        delimiter = (byte)',';
        var bytes = framer.Current.Span;
        if (framer.CurrentOversized)
        {
            return JsonLinesAdReader.TooLong(framer.CurrentLength, limits.MaxRecordBytes);
        }

        if (Utf8Check.TextProblem(bytes) is { } notText)
        {
            return notText;
        }

        delimiter = CsvFields.DetectDelimiter(bytes);
        var names = CsvFields.Split(bytes, delimiter);
        if (names.Count > limits.MaxFields)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{names.Count} columns, over the limit of {limits.MaxFields}");
        }

        header = new string[names.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().ToLowerInvariant();
            if (name.Length == 0)
            {
                name = "column_" + (i + 1).ToString(CultureInfo.InvariantCulture);
            }

            if (!seen.Add(name))
            {
                return $"column '{name}' appears twice";
            }

            header[i] = name;
        }

        var missing = new List<string>();
        if (!seen.Contains("site"))
        {
            missing.Add("site");
        }

        if (!seen.Contains("ad_id") && !seen.Contains("url"))
        {
            missing.Add("ad_id or url");
        }

        if (!seen.Contains("title") && !seen.Contains("body"))
        {
            missing.Add("title or body");
        }

        if (missing.Count > 0)
        {
            var used = Delimiters[Array.IndexOf(",;\t|"u8.ToArray(), delimiter)];
            return $"no column for {string.Join(", ", missing)} (columns read with delimiter '{used}': {Excerpts.FromText(string.Join(", ", header), 80)})";
        }

        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
