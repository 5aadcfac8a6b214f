using System.Buffers;
using System.Text;

namespace Threadline.Money.Import;

/// <summary>
/// Counts, in one streaming pass, the bytes that are not valid UTF-8 and the valid multi-byte UTF-8
/// sequences; these two numbers decide a bank file's encoding (<see cref="BankTextEncoding"/>).
/// </summary>
internal sealed class Utf8Survey
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;

    /// <summary>Bytes that are not part of a valid UTF-8 sequence.</summary>
    public long InvalidBytes { get; private set; }

    /// <summary>Valid sequences of two to four bytes (characters beyond ASCII).</summary>
    public long MultiByteSequences { get; private set; }

    public static Utf8Survey Of(ReadOnlySpan<byte> bytes)
    {
        var survey = new Utf8Survey();
        survey.Scan(bytes);
        return survey;
    }

    /// <summary>Reads the stream from its position to its end.</summary>
    public static Utf8Survey Of(Stream stream)
    {
        var survey = new Utf8Survey();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int n;
            while ((n = stream.Read(buffer, 4, buffer.Length - 4)) > 0)
            {
                survey._carry.AsSpan(0, survey._carryLength).CopyTo(buffer.AsSpan(4 - survey._carryLength));
                var chunk = buffer.AsSpan(4 - survey._carryLength, survey._carryLength + n);
                var cut = IncompleteTail(chunk);
                survey.Scan(chunk[..cut]);
                survey._carryLength = chunk.Length - cut;
                chunk[cut..].CopyTo(survey._carry);
            }

            survey.Scan(survey._carry.AsSpan(0, survey._carryLength));
            survey._carryLength = 0;
            return survey;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Scan(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            foreach (var b in bytes)
            {
                if (b >= 0xC0)
                {
                    MultiByteSequences++;
                }
            }

            return;
        }

        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                if (consumed > 1)
                {
                    MultiByteSequences++;
                }
            }
            else
            {
                InvalidBytes += consumed;
            }

            bytes = bytes[consumed..];
        }
    }

    // Where a multi-byte sequence cut off by the end of the buffer starts (the buffer's length when none is).
    private static int IncompleteTail(ReadOnlySpan<byte> chunk)
    {
        for (var i = chunk.Length - 1; i >= Math.Max(0, chunk.Length - 3); i--)
        {
            var b = chunk[i];
            if (b < 0x80)
            {
                return chunk.Length;
            }

            if (b >= 0xC0)
            {
                var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return chunk.Length - i < length ? i : chunk.Length;
            }
        }

        return chunk.Length;
    }
}
