namespace Threadline.Ingest.Ads;

/// <summary>
/// Cuts a byte stream into records without decoding it: lines (JSON Lines, a CSV header) or, once
/// <see cref="CsvDelimiter"/> is set, RFC 4180 records whose quoted fields may hold line breaks.
/// At most <c>maxRecordBytes</c> of one record are kept; the rest of an oversized record is skipped
/// (still followed for quotes and line breaks), so a 50 MB line costs no more memory than the limit.
/// Line endings are LF or CRLF; a UTF-8 byte order mark at the start is dropped.
/// <para>
/// Why not Sep or CsvHelper for CSV: both decode the whole stream to text first (invalid UTF-8 becomes
/// U+FFFD silently, so the bad record cannot be rejected) and hold a whole row however long it is.
/// Working on bytes keeps both promises of docs/formats.md: reject just that record, bounded memory.
/// </para>
/// </summary>
internal sealed class RecordFramer
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxRecordBytes;
    private readonly byte[] _chunk = new byte[ChunkSize];
    private byte[] _record = new byte[4096];
    private int _chunkPos;
    private int _chunkLen;
    private long _chunkBase;
    private long _nextLine = 1;
    private bool _eof;
    private bool _started;

    public RecordFramer(Stream stream, int maxRecordBytes)
    {
        _stream = stream;
        _maxRecordBytes = maxRecordBytes;
    }

    /// <summary>When set, records are CSV records split by this delimiter (quote-aware); else lines.</summary>
    public byte? CsvDelimiter { get; set; }

    /// <summary>The kept bytes of the current record (without its line ending); valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlyMemory<byte> Current => _record.AsMemory(0, CurrentKept);

    /// <summary>Number of bytes of the current record kept in <see cref="Current"/>.</summary>
    public int CurrentKept { get; private set; }

    /// <summary>Full length of the current record in bytes, including any skipped part.</summary>
    public long CurrentLength { get; private set; }

    /// <summary>1-based line on which the current record starts.</summary>
    public long CurrentLine { get; private set; }

    /// <summary>Whether the current record was longer than the limit (only its start is kept).</summary>
    public bool CurrentOversized => CurrentLength > _maxRecordBytes;

    /// <summary>Whether the stream ended inside a quoted CSV field (a truncated file).</summary>
    public bool CurrentUnterminated { get; private set; }

    /// <summary>Bytes of the stream consumed so far.</summary>
    public long BytesConsumed => _chunkBase + _chunkPos;

    public bool MoveNext()
    {
        CurrentKept = 0;
        CurrentLength = 0;
        CurrentUnterminated = false;
        CurrentLine = _nextLine;
        if (!_started)
        {
            _started = true;
            SkipBom();
        }

        var state = CsvState.FieldStart;
        var delimiter = CsvDelimiter;
        while (true)
        {
            if (_chunkPos == _chunkLen && !Fill())
            {
                if (CurrentLength == 0)
                {
                    return false;
                }

                CurrentUnterminated = state == CsvState.Quoted;
                TrimCarriageReturn();
                return true;
            }

            var span = _chunk.AsSpan(_chunkPos, _chunkLen - _chunkPos);
            int end;
            if (delimiter is null)
            {
                end = span.IndexOf((byte)'\n');
            }
            else
            {
                end = ScanCsv(span, delimiter.Value, ref state);
            }

            var take = end < 0 ? span : span[..end];
            Append(take);
            _chunkPos += take.Length;
            if (end >= 0)
            {
                _chunkPos++; // the line feed
                _nextLine++;
                TrimCarriageReturn();
                return true;
            }
        }
    }

    /// <summary>Index of the LF that ends the record in <paramref name="span"/>, or -1; counts line feeds inside quotes.</summary>
    private int ScanCsv(ReadOnlySpan<byte> span, byte delimiter, ref CsvState state)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var b = span[i];
            switch (state)
            {
                case CsvState.Quoted:
                    if (b == (byte)'"')
                    {
                        state = CsvState.QuoteInQuoted;
                    }
                    else if (b == (byte)'\n')
                    {
                        _nextLine++;
                    }

                    break;
                case CsvState.QuoteInQuoted:
                    state = b == (byte)'"' ? CsvState.Quoted : b == delimiter ? CsvState.FieldStart : CsvState.Unquoted;
                    if (b == (byte)'\n')
                    {
                        return i;
                    }

                    break;
                default:
                    if (b == (byte)'\n')
                    {
                        return i;
                    }

                    state = b == delimiter ? CsvState.FieldStart
                        : state == CsvState.FieldStart && b == (byte)'"' ? CsvState.Quoted
                        : CsvState.Unquoted;
                    break;
            }
        }

        return -1;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        CurrentLength += bytes.Length;
        var room = _maxRecordBytes - CurrentKept;
        if (room <= 0 || bytes.IsEmpty)
        {
            return;
        }

        var copy = bytes[..Math.Min(room, bytes.Length)];
        if (CurrentKept + copy.Length > _record.Length)
        {
            var size = _record.Length;
            while (size < CurrentKept + copy.Length)
            {
                size *= 2;
            }

            Array.Resize(ref _record, Math.Min(size, _maxRecordBytes));
        }

        copy.CopyTo(_record.AsSpan(CurrentKept));
        CurrentKept += copy.Length;
    }

    private void TrimCarriageReturn()
    {
        // A CR that ends the record belongs to a CRLF line ending. It is only in the kept bytes when
        // the record was within the limit.
        if (!CurrentOversized && CurrentKept > 0 && _record[CurrentKept - 1] == (byte)'\r')
        {
            CurrentKept--;
            CurrentLength--;
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

    private void SkipBom()
    {
        // Make sure at least three bytes are buffered if the stream has them.
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

    private enum CsvState
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
}
