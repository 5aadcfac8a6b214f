using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Threadline.Security.Audit;

/// <summary>
/// The chain's hash: SHA-256 over the previous record's hash and this record's fields, each field length-prefixed
/// (so no two different records share bytes), written as lower-case hex. Changing how this is computed breaks every
/// stored trail: it is versioned by <see cref="Version"/>, which is hashed too.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Version = "threadline-audit-1";

    /// <summary>The hash a record with these fields must carry.</summary>
    public static string Compute(long sequence, DateTimeOffset at, AuditEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, Version);
        Append(hash, previousHash);
        Append(hash, sequence.ToString(CultureInfo.InvariantCulture));
        Append(hash, Time(at));
        Append(hash, entry.Actor);
        Append(hash, AuditActions.Name(entry.Action));
        Append(hash, entry.Subject);
        Append(hash, entry.Origin);
        Append(hash, entry.CaseReference);
        Append(hash, entry.Reason);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash a stored record should carry, from its own fields.</summary>
    public static string Compute(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Compute(record.Sequence, record.At, record.Entry, record.PreviousHash);
    }

    /// <summary>A time as the chain hashes and stores it: UTC, whole milliseconds, ISO 8601.</summary>
    public static string Time(DateTimeOffset at) => Truncate(at).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A time cut to what is stored: UTC, whole milliseconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static void Append(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
