namespace Threadline.Core.Text;

/// <summary>
/// Cuts a byte stream into records without decoding it (ADR 0005): lines, or RFC 4180 records whose quoted
/// fields may hold delimiters, <c>""</c> and line breaks. At most <c>maxRecordBytes</c> of one record are kept;
/// the rest of an oversized record is skipped (still followed for quotes and line breaks), so a 50 MB line or
/// an unterminated quote costs no more memory than the limit and reading goes on after it. A UTF-8 byte order
/// mark at the start is dropped. Each record knows the line it starts on, counting LF, CRLF and a lone CR as
/// one line break each.
/// <para>
/// Why bytes: a reader that decodes the whole stream first turns invalid UTF-8 into U+FFFD silently (so the bad
/// record cannot be rejected) and holds a whole row however long it is. Framing bytes lets the caller decode and
/// check each record on its own: reject just that record, in bounded memory.
/// </para>
/// </summary>
public sealed class CsvRecordReader
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxRecordBytes;
    private readonly CsvFraming _framing;
    private readonly byte[] _chunk = new byte[ChunkSize];
    private byte[] _record = new byte[4096];
    private int _chunkPos;
    private int _chunkLen;
    private long _chunkBase;
    private long _nextLine = 1;
    private byte _previous;
    private bool _skipLineFeed;
    private bool _eof;
    private bool _started;

    public CsvRecordReader(Stream stream, int maxRecordBytes, CsvFraming framing)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecordBytes, 1);
        _stream = stream;
        _maxRecordBytes = maxRecordBytes;
        _framing = framing;
    }

    /// <summary>
    /// Whether a carriage return alone ends a CSV record (true, the default, as old Mac exports write them) or is data
    /// (false: only LF and CRLF end a record, and a CR before the LF is dropped).
    /// </summary>
    public bool LoneCarriageReturnEndsRecord { get; init; } = true;

    /// <summary>The CSV delimiter once the header has been read; null: any of <c>, ; tab |</c> starts a field.</summary>
    public byte? Delimiter { get; set; }

    /// <summary>The kept bytes of the current record, without its line ending; valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlyMemory<byte> Current => _record.AsMemory(0, Kept);

    /// <summary>Bytes of the current record kept in <see cref="Current"/>.</summary>
    public int Kept { get; private set; }

    /// <summary>Full length of the current record in bytes, including a skipped part.</summary>
    public long Length { get; private set; }

    /// <summary>1-based line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Whether the current record was longer than the limit (only its start is kept).</summary>
    public bool Oversized => Length > _maxRecordBytes;

    /// <summary>Whether the stream ended inside a quoted field (a truncated file).</summary>
    public bool Unterminated { get; private set; }

    /// <summary>Whether the current record holds nothing but spaces, tabs and carriage returns (and is within the limit).</summary>
    public bool IsBlank => !Oversized && Current.Span.TrimStart(" \t\r"u8).IsEmpty;

    /// <summary>Bytes of the stream consumed so far.</summary>
    public long BytesConsumed => _chunkBase + _chunkPos;

    /// <summary>Moves to the next record; false at the end of the stream.</summary>
    public bool MoveNext()
    {
        Kept = 0;
        Length = 0;
        Unterminated = false;
        if (!_started)
        {
            _started = true;
            SkipByteOrderMark();
        }

        if (_skipLineFeed)
        {
            _skipLineFeed = false;
            if ((_chunkPos < _chunkLen || Fill()) && _chunk[_chunkPos] == (byte)'\n')
            {
                _chunkPos++;
                _previous = (byte)'\n';
            }
        }

        Line = _nextLine;
        var state = State.FieldStart;
        while (true)
        {
            if (_chunkPos == _chunkLen && !Fill())
            {
                Unterminated = state == State.Quoted;
                if (Length == 0 && !Unterminated)
                {
                    return false;
                }

                TrimCarriageReturn();
                return true;
            }

            var span = _chunk.AsSpan(_chunkPos, _chunkLen - _chunkPos);
            var end = _framing == CsvFraming.Lines ? span.IndexOf((byte)'\n') : ScanCsv(span, ref state);
            var take = end < 0 ? span : span[..end];
            Append(take);
            _chunkPos += take.Length;
            if (end >= 0)
            {
                var ending = _chunk[_chunkPos];
                _chunkPos++;
                _nextLine++;
                _skipLineFeed = ending == (byte)'\r';
                TrimCarriageReturn();
                return true;
            }
        }
    }

    /// <summary>Index of the CR or LF that ends the record in <paramref name="span"/>, or -1; counts line breaks inside quotes.</summary>
    private int ScanCsv(ReadOnlySpan<byte> span, ref State state)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var b = span[i];
            if (state == State.Quoted)
            {
                if (b == (byte)'"')
                {
                    state = State.QuoteInQuoted;
                }
                else if ((b == (byte)'\r' && LoneCarriageReturnEndsRecord) || (b == (byte)'\n' && (_previous != (byte)'\r' || !LoneCarriageReturnEndsRecord)))
                {
                    _nextLine++;
                }

                _previous = b;
                continue;
            }

            _previous = b;
            if (b == (byte)'\n' || (b == (byte)'\r' && LoneCarriageReturnEndsRecord))
            {
                return i;
            }

            state = state == State.QuoteInQuoted
                ? (b == (byte)'"' ? State.Quoted : IsDelimiter(b) ? State.FieldStart : State.Unquoted)
                : IsDelimiter(b) ? State.FieldStart
                : state == State.FieldStart && b == (byte)'"' ? State.Quoted
                : State.Unquoted; // a quote inside an unquoted field is data
        }

        return -1;
    }

    private bool IsDelimiter(byte b) => Delimiter is { } d ? b == d : b is (byte)',' or (byte)';' or (byte)'\t' or (byte)'|';

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Length += bytes.Length;
        var room = _maxRecordBytes - Kept;
        if (room <= 0 || bytes.IsEmpty)
        {
            return;
        }

        var copy = bytes[..Math.Min(room, bytes.Length)];
        if (Kept + copy.Length > _record.Length)
        {
            var size = _record.Length;
            while (size < Kept + copy.Length)
            {
                size *= 2;
            }

            Array.Resize(ref _record, Math.Min(size, _maxRecordBytes));
        }

        copy.CopyTo(_record.AsSpan(Kept));
        Kept += copy.Length;
    }

    private void TrimCarriageReturn()
    {
        // A CR that ends a line belongs to its CRLF. It is only in the kept bytes when the record was within the limit.
        if ((_framing == CsvFraming.Lines || !LoneCarriageReturnEndsRecord) && !Oversized && Kept > 0 && _record[Kept - 1] == (byte)'\r')
        {
            Kept--;
            Length--;
        }
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        _chunkBase += _chunkLen;
        _chunkPos = 0;
        _chunkLen = 0;
        while (_chunkLen == 0)
        {
            var read = _stream.Read(_chunk, 0, _chunk.Length);
            if (read == 0)
            {
                _eof = true;
                return false;
            }

            _chunkLen = read;
        }

        return true;
    }

    private void SkipByteOrderMark()
    {
        if (!Fill())
        {
            return;
        }

        while (_chunkLen < 3)
        {
            var read = _stream.Read(_chunk, _chunkLen, _chunk.Length - _chunkLen);
            if (read == 0)
            {
                break;
            }

            _chunkLen += read;
        }

        if (_chunkLen >= 3 && _chunk[0] == 0xEF && _chunk[1] == 0xBB && _chunk[2] == 0xBF)
        {
            _chunkPos = 3;
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
