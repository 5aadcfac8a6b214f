namespace Threadline.Storage.Postgres;

/// <summary>
/// Statement ids as PostgreSQL <c>uuid</c> values: the 16 bytes of <see cref="StatementHash"/> in the same order, so the
/// server's byte-wise uuid order is the order of the hex statement id.
/// </summary>
internal static class Uuid
{
    public static Guid Of(UInt128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        StatementHash.Write(hash, bytes);
        return new Guid(bytes, bigEndian: true);
    }

    public static UInt128 To(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        return StatementHash.Read(bytes);
    }
}
