using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Threadline.Core.Statements;

namespace Threadline.Storage;

/// <summary>
/// Statement identity, the rule every engine keys statements by: the statement id (<see cref="Statement.Id"/>)
/// as 128 bits, computed without the hex string: the same bytes as <c>Ids.Hash(entity, property, value, source,
/// producer)</c>, kept big-endian so byte order equals the order of the hex id. Not thread-safe (one per thread).
/// </summary>
public sealed class StatementHash
{
    private const byte Separator = 0x1f;
    private const int KeepBuffer = 1 << 20;
    private byte[] _buffer = new byte[4096];

    /// <summary>The id of <paramref name="statement"/> as a number.</summary>
    public UInt128 Compute(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var length = 4
            + Encoding.UTF8.GetByteCount(statement.EntityId)
            + Encoding.UTF8.GetByteCount(statement.Property)
            + Encoding.UTF8.GetByteCount(statement.Value)
            + Encoding.UTF8.GetByteCount(statement.Source)
            + Encoding.UTF8.GetByteCount(statement.Producer);
        if (_buffer.Length < length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        var span = _buffer.AsSpan();
        var at = Encoding.UTF8.GetBytes(statement.EntityId, span);
        span[at++] = Separator;
        at += Encoding.UTF8.GetBytes(statement.Property, span[at..]);
        span[at++] = Separator;
        at += Encoding.UTF8.GetBytes(statement.Value, span[at..]);
        span[at++] = Separator;
        at += Encoding.UTF8.GetBytes(statement.Source, span[at..]);
        span[at++] = Separator;
        at += Encoding.UTF8.GetBytes(statement.Producer, span[at..]);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(span[..at], digest);
        if (_buffer.Length > KeepBuffer)
        {
            _buffer = new byte[4096];
        }

        return BinaryPrimitives.ReadUInt128BigEndian(digest);
    }

    /// <summary>Writes the 16 bytes of an id, big-endian (the bytes of the hex <see cref="Statement.Id"/>).</summary>
    public static void Write(UInt128 hash, Span<byte> destination) => BinaryPrimitives.WriteUInt128BigEndian(destination, hash);

    /// <summary>Reads an id written by <see cref="Write"/>.</summary>
    public static UInt128 Read(ReadOnlySpan<byte> blob) => BinaryPrimitives.ReadUInt128BigEndian(blob);
}
