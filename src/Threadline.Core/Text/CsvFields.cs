using System.Text;

namespace Threadline.Core.Text;

/// <summary>
/// Splits one framed CSV record (<see cref="CsvRecordReader"/>) into fields after RFC 4180: a field that starts
/// with a double quote runs to the closing quote, <c>""</c> inside it is one quote, and delimiters and line
/// breaks inside are data. A quote inside an unquoted field is data. Text after a closing quote is kept and
/// reported, so a format can reject such a record or keep it.
/// </summary>
public static class CsvFields
{
    /// <summary>Candidate delimiters, in the order that breaks a tie.</summary>
    private static ReadOnlySpan<byte> Candidates => ",;\t|"u8;

    /// <summary>The delimiter that occurs most often outside quotes in a header line (comma if none does; ties: comma, semicolon, tab, pipe).</summary>
    public static byte DetectDelimiter(ReadOnlySpan<byte> header)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        var quoted = false;
        foreach (var b in header)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && Candidates.IndexOf(b) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    /// <summary>Name of a delimiter as the user writes it: <c>,</c> <c>;</c> <c>tab</c> <c>|</c>.</summary>
    public static string NameOf(byte delimiter) => delimiter == (byte)'\t' ? "tab" : ((char)delimiter).ToString();

    /// <summary>Splits a record (UTF-8; bytes that are not become U+FFFD) into decoded fields.</summary>
    /// <param name="record">The record's bytes, without its line ending.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="textAfterClosingQuote">Set when some field has text between its closing quote and the next delimiter (kept as data).</param>
    public static List<string> Split(ReadOnlySpan<byte> record, byte delimiter, out bool textAfterClosingQuote)
    {
        textAfterClosingQuote = false;
        var fields = new List<string>();
        var buffer = new byte[Math.Min(record.Length, 4096)];
        var i = 0;
        while (true)
        {
            var length = 0;
            if (i < record.Length && record[i] == (byte)'"')
            {
                i++;
                while (i < record.Length)
                {
                    var b = record[i];
                    if (b == (byte)'"')
                    {
                        if (i + 1 < record.Length && record[i + 1] == (byte)'"')
                        {
                            Put(ref buffer, ref length, b);
                            i += 2;
                            continue;
                        }

                        i++;
                        textAfterClosingQuote |= i < record.Length && record[i] != delimiter;
                        break;
                    }

                    Put(ref buffer, ref length, b);
                    i++;
                }
            }

            while (i < record.Length && record[i] != delimiter)
            {
                Put(ref buffer, ref length, record[i]);
                i++;
            }

            fields.Add(Encoding.UTF8.GetString(buffer, 0, length));
            if (i >= record.Length)
            {
                return fields;
            }

            i++; // the delimiter
        }
    }

    private static void Put(ref byte[] buffer, ref int length, byte b)
    {
        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
        }

        buffer[length++] = b;
    }
}
