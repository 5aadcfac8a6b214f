using System.Text;

namespace Threadline.Linking.Bookings;

/// <summary>A bounded RFC 4180 reader: quoted fields may hold delimiters, quotes ("") and line breaks.</summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter, int maxRecordChars)
{
    private long _line = 1;

    /// <summary>Reads the next record; <paramref name="error"/> is set when the record is malformed or too long (it is skipped to its end).</summary>
    public bool TryRead(out List<string> fields, out long line, out string? error, out string raw)
    {
        fields = [];
        error = null;
        line = _line;
        var field = new StringBuilder();
        var rawText = new StringBuilder();
        var inQuotes = false;
        var any = false;
        var afterQuote = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                raw = rawText.ToString();
                if (!any)
                {
                    return false;
                }

                if (inQuotes)
                {
                    error ??= "unterminated quoted field";
                }

                fields.Add(field.ToString());
                return true;
            }

            any = true;
            var ch = (char)c;
            if (rawText.Length < 200)
            {
                rawText.Append(ch);
            }

            if (ch == '\n')
            {
                _line++;
            }

            if (field.Length > maxRecordChars)
            {
                error ??= "record is over the length limit";
                field.Clear();
            }

            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            if (ch == '"' && field.Length == 0 && !afterQuote)
            {
                inQuotes = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                afterQuote = false;
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                    _line++;
                }

                fields.Add(field.ToString());
                raw = rawText.ToString().TrimEnd('\r', '\n');
                return true;
            }
            else
            {
                if (afterQuote)
                {
                    error ??= "text after a closing quote";
                }

                field.Append(ch);
            }
        }
    }
}
