namespace Threadline.Linking.Bookings;

/// <summary>
/// Cuts a byte stream into RFC 4180 records (quoted fields may hold delimiters, <c>""</c> and line
/// breaks) without decoding it, so that one record with bytes that are not UTF-8 or a NUL byte can be
/// rejected alone. At most <c>maxRecordBytes</c> of a record are held; the rest is skipped (still
/// followed for quotes and line breaks). Line endings are LF, CRLF or CR; a UTF-8 byte order mark at
/// the start is dropped.
/// </summary>
internal sealed class CsvRecordReader(Stream stream, int maxRecordBytes)
{
    private static readonly byte[] Candidates = [(byte)',', (byte)';', (byte)'\t', (byte)'|'];

    private readonly byte[] _buffer = new byte[64 * 1024];
    private byte[] _record = new byte[1024];
    private int _position;
    private int _length;
    private long _nextLine = 1;
    private bool _started;

    /// <summary>The delimiter; null while reading the header, when a quote opens a field after any candidate delimiter.</summary>
    public byte? Delimiter { get; set; }

    /// <summary>The kept bytes of the current record, without its line ending.</summary>
    public ReadOnlySpan<byte> Current => _record.AsSpan(0, Kept);

    /// <summary>Bytes of the current record kept in <see cref="Current"/>.</summary>
    public int Kept { get; private set; }

    /// <summary>Full length of the current record in bytes, including a skipped part.</summary>
    public long Length { get; private set; }

    /// <summary>1-based line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Whether the stream ended inside a quoted field.</summary>
    public bool Unterminated { get; private set; }

    /// <summary>Whether the current record was longer than the limit (only its start is kept).</summary>
    public bool Oversized => Length > maxRecordBytes;

    /// <summary>Moves to the next record; false at the end of the stream.</summary>
    public bool MoveNext()
    {
        Kept = 0;
        Length = 0;
        Unterminated = false;
        Line = _nextLine;
        if (!_started)
        {
            _started = true;
            SkipByteOrderMark();
        }

        var state = State.FieldStart;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                Unterminated = state == State.Quoted;
                return Length > 0 || Unterminated;
            }

            var b = _buffer[_position++];
            if (b is (byte)'\n' or (byte)'\r')
            {
                var crlf = b == (byte)'\r' && (_position < _length || Fill()) && _buffer[_position] == (byte)'\n';
                if (crlf)
                {
                    _position++;
                }

                _nextLine++;
                if (state != State.Quoted)
                {
                    return true;
                }

                Append(b);
                if (crlf)
                {
                    Append((byte)'\n');
                }

                continue;
            }

            Append(b);
            state = (state, b) switch
            {
                (State.Quoted, (byte)'"') => State.QuoteInQuoted,
                (State.Quoted, _) => State.Quoted,
                (State.QuoteInQuoted, (byte)'"') => State.Quoted, // "" is one quote
                (State.FieldStart, (byte)'"') => State.Quoted,
                _ when IsDelimiter(b) => State.FieldStart,
                _ => State.Unquoted, // after a closing quote too: the fields say whether that is allowed
            };
        }
    }

    private bool IsDelimiter(byte b) => Delimiter is { } d ? b == d : Array.IndexOf(Candidates, b) >= 0;

    private void Append(byte b)
    {
        Length++;
        if (Kept >= maxRecordBytes)
        {
            return;
        }

        if (Kept == _record.Length)
        {
            Array.Resize(ref _record, Math.Min(_record.Length * 2, maxRecordBytes));
        }

        _record[Kept++] = b;
    }

    private bool Fill()
    {
        _position = 0;
        _length = stream.Read(_buffer, 0, _buffer.Length);
        return _length > 0;
    }

    private void SkipByteOrderMark()
    {
        while (_length < 3)
        {
            var read = stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                break;
            }

            _length += read;
        }

        if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
}
