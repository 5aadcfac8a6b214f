using System.Text;

namespace Threadline.Linking.Bookings;

/// <summary>
/// Splits one framed record (valid UTF-8, see <see cref="CsvRecordReader"/>) into decoded fields after
/// RFC 4180: a field that starts with a quote runs to the closing quote, <c>""</c> inside it is one quote.
/// Text after a closing quote makes the record malformed; a quote inside an unquoted field is text.
/// </summary>
internal static class CsvFieldSplitter
{
    /// <summary>The fields, or null with <paramref name="error"/> set when the record is malformed.</summary>
    public static List<string>? Split(ReadOnlySpan<byte> record, byte delimiter, out string? error)
    {
        error = null;
        var fields = new List<string>();
        var field = new List<byte>();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < record.Length && record[i] == (byte)'"')
            {
                i++;
                while (i < record.Length && !(record[i] == (byte)'"' && (i + 1 >= record.Length || record[i + 1] != (byte)'"')))
                {
                    field.Add(record[i]);
                    i += record[i] == (byte)'"' ? 2 : 1;
                }

                i++; // the closing quote
                if (i < record.Length && record[i] != delimiter)
                {
                    error = "text after a closing quote";
                    return null;
                }
            }
            else
            {
                while (i < record.Length && record[i] != delimiter)
                {
                    field.Add(record[i++]);
                }
            }

            fields.Add(Encoding.UTF8.GetString(field.ToArray()));
            if (i >= record.Length)
            {
                return fields;
            }

            i++; // the delimiter
        }
    }

    /// <summary>The delimiter that occurs most often outside quotes in a header (ties: comma, semicolon, tab, pipe).</summary>
    public static byte DetectDelimiter(ReadOnlySpan<byte> header)
    {
        ReadOnlySpan<byte> candidates = [(byte)',', (byte)';', (byte)'\t', (byte)'|'];
        Span<int> counts = stackalloc int[candidates.Length];
        var quoted = false;
        foreach (var b in header)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && candidates.IndexOf(b) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var k = 1; k < counts.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return candidates[best];
    }
}
