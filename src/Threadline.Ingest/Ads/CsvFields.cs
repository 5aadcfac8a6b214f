using System.Text;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Splits one framed CSV record into fields after RFC 4180: a field that starts with a double quote
/// runs to the closing quote, <c>""</c> inside it is one quote, and delimiters and line breaks inside
/// are data. Leniently, a quote inside an unquoted field is data and text after a closing quote is kept.
/// </summary>
internal static class CsvFields
{
    /// <summary>Candidate delimiters, in the order that breaks a tie.</summary>
    private static readonly byte[] Candidates = [(byte)',', (byte)';', (byte)'\t', (byte)'|'];

    /// <summary>The delimiter that occurs most often outside quotes in a header line (comma if none does).</summary>
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
            else if (!quoted)
            {
                var index = Array.IndexOf(Candidates, b);
                if (index >= 0)
                {
                    counts[index]++;
                }
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

    /// <summary>Splits a record (valid UTF-8) into decoded fields.</summary>
    public static List<string> Split(ReadOnlySpan<byte> record, byte delimiter)
    {
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
