using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Threadline.Core.IO;

/// <summary>
/// Tells regular files from links, FIFOs and devices before anything is opened: opening a FIFO blocks
/// until someone writes to it, and reading <c>/dev/zero</c> never ends, so every path an input names is
/// examined first. .NET reports FIFOs and devices as "Normal" files, so on Linux the file type comes
/// from <c>statx(2)</c> (its layout is the same on every architecture); elsewhere from the file attributes.
/// </summary>
public static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private static bool _statxMissing;

    /// <summary>The kind of <paramref name="path"/>; a final symbolic link is reported as <see cref="FileKind.Link"/>, not followed.</summary>
    public static FileKind Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                return FromStatx(path);
            }
            catch (EntryPointNotFoundException)
            {
                _statxMissing = true;
            }
            catch (DllNotFoundException)
            {
                _statxMissing = true;
            }
        }

        return FromAttributes(path);
    }

    /// <summary>True only for a regular file that is not a link.</summary>
    public static bool IsRegular(string path) => Of(path) == FileKind.Regular;

    /// <summary>Words for a kind, for messages ("a FIFO or device").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.Link => "a symbolic link",
        _ => "a FIFO, socket or device",
    };

    private static FileKind FromStatx(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return FileKind.Missing;
        }

        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]);
        if (!BitConverter.IsLittleEndian)
        {
            mode = BinaryPrimitives.ReverseEndianness(mode);
        }

        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            _ => FileKind.Special,
        };
    }

    private static FileKind FromAttributes(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return FileKind.Link;
        }

        if (System.IO.Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!info.Exists)
        {
            return FileKind.Missing;
        }

        return (info.Attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) != 0 ? FileKind.Special : FileKind.Regular;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, ref byte buffer);
}
