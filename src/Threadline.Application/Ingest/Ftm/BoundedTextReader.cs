using System.Text;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>
/// Reads a text line by line, or CSV record by record (RFC 4180: quoted fields may hold commas, quotes and line ends),
/// never holding more than <see cref="MaxRecordChars"/> characters of one record: a longer one is skipped and said so.
/// Counts lines, so every record knows the line it starts on.
/// </summary>
internal sealed class BoundedTextReader
{
    private readonly TextReader _reader;
    private readonly StringBuilder _buffer = new();

    public BoundedTextReader(TextReader reader, int maxRecordChars)
    {
        _reader = reader;
        MaxRecordChars = maxRecordChars;
    }

    public int MaxRecordChars { get; }

    /// <summary>The line the last record read starts on (1-based).</summary>
    public long Line { get; private set; }

    private long _nextLine = 1;

    /// <summary>The next line, or null at the end; <paramref name="tooLong"/> when it was longer than allowed (its text is then null too, but the end is not reached).</summary>
    public bool ReadLine(out string? line, out bool tooLong)
    {
        _buffer.Clear();
        tooLong = false;
        Line = _nextLine;
        var any = false;
        int c;
        while ((c = _reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
            {
                break;
            }

            if (_buffer.Length >= MaxRecordChars)
            {
                tooLong = true;
                continue;
            }

            _buffer.Append((char)c);
        }

        _nextLine++;
        if (!any)
        {
            line = null;
            return false;
        }

        if (_buffer.Length > 0 && _buffer[^1] == '\r')
        {
            _buffer.Length--;
        }

        line = tooLong ? null : _buffer.ToString();
        return true;
    }

    /// <summary>The next CSV record, or false at the end; <paramref name="tooLong"/> when it was longer than allowed (its fields are then null).</summary>
    public bool ReadCsv(out List<string>? fields, out bool tooLong)
    {
        var record = new List<string>();
        _buffer.Clear();
        var over = false;
        Line = _nextLine;
        var quoted = false;
        var any = false;
        var size = 0;
        int c;
        while ((c = _reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
            {
                _nextLine++;
            }

            if (++size > MaxRecordChars)
            {
                over = true;
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    Append((char)c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                if (!over)
                {
                    record.Add(_buffer.ToString());
                }

                _buffer.Clear();
            }
            else if (c == '\n')
            {
                break;
            }
            else if (c != '\r')
            {
                Append((char)c);
            }
        }

        tooLong = over;
        if (!any)
        {
            fields = null;
            return false;
        }

        record.Add(_buffer.ToString());
        fields = over ? null : record;
        return true;

        void Append(char ch)
        {
            if (!over)
            {
                _buffer.Append(ch);
            }
        }
    }
}
