using System.Globalization;
using Threadline.Core.Text;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Reads CSV ad exports: a header row naming the fields (any order, any case, the names of
/// <c>Ads/Data/ad-columns.tsv</c>), the delimiter detected from it, RFC 4180 quoting. A header that lacks a
/// required column rejects the whole file once, instead of every row.
/// </summary>
internal static class CsvAdReader
{
    /// <summary>The header names of each ad field, loaded once.</summary>
    public static ColumnAliases Columns { get; } = ColumnAliases.Load(typeof(CsvAdReader).Assembly, "Threadline.Ingest.ad-columns.tsv");

    public static IEnumerable<AdReadItem> Read(Stream stream, string file, AdReaderLimits limits, CancellationToken cancellationToken)
    {
        // A lone CR is data in an ad export, as it always was (only LF and CRLF end a record).
        var csv = new CsvRecordReader(stream, limits.MaxRecordBytes, CsvFraming.Csv) { LoneCarriageReturnEndsRecord = false };
        string[]? header = null;
        while (csv.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = csv.Current.Span;
            if (header is null)
            {
                if (csv.IsBlank)
                {
                    continue;
                }

                var problem = ReadHeader(csv, limits, out header);
                if (problem is not null)
                {
                    yield return AdReadItem.Reject(file, 0, "CSV header: " + problem, Excerpts.FromBytes(bytes, limits.ExcerptChars));
                    yield break;
                }

                continue;
            }

            if (csv.Oversized)
            {
                yield return AdReadItem.Reject(file, csv.Line, JsonLinesAdReader.TooLong(csv.Length, limits.MaxRecordBytes), Excerpts.FromBytes(bytes, limits.ExcerptChars));
                continue;
            }

            if (csv.IsBlank)
            {
                continue;
            }

            yield return Row(csv, header, file, limits);
        }
    }

    private static AdReadItem Row(CsvRecordReader csv, string[] header, string file, AdReaderLimits limits)
    {
        var bytes = csv.Current.Span;
        var line = csv.Line;
        if (csv.Unterminated)
        {
            return Reject("unterminated quoted field: the file ends inside quotes (truncated?)");
        }

        if (Utf8Check.TextProblem(bytes) is { } notText)
        {
            return Reject(notText);
        }

        var values = CsvFields.Split(bytes, csv.Delimiter!.Value, out _);
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

        AdReadItem Reject(string why) => AdReadItem.Reject(file, line, why, Excerpts.FromBytes(csv.Current.Span, limits.ExcerptChars));
    }

    private static string? ReadHeader(CsvRecordReader csv, AdReaderLimits limits, out string[] header)
    {
        header = [];
        var bytes = csv.Current.Span;
        if (csv.Oversized)
        {
            return JsonLinesAdReader.TooLong(csv.Length, limits.MaxRecordBytes);
        }

        if (Utf8Check.TextProblem(bytes) is { } notText)
        {
            return notText;
        }

        var delimiter = CsvFields.DetectDelimiter(bytes);
        csv.Delimiter = delimiter;
        var names = CsvFields.Split(bytes, delimiter, out _);
        if (names.Count > limits.MaxFields)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{names.Count} columns, over the limit of {limits.MaxFields}");
        }

        var fields = Columns.Resolve(names);
        header = new string[names.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = fields[i] ?? names[i].Trim().ToLowerInvariant();
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
            return $"no column for {string.Join(", ", missing)} (columns read with delimiter '{CsvFields.NameOf(delimiter)}': {Excerpts.FromText(string.Join(", ", header), 80)})";
        }

        return null;
    }
}
