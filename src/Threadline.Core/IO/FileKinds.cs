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

    /// <summary>
    /// The kind of <paramref name="path"/>. A final symbolic link is reported as <see cref="FileKind.Link"/>
    /// unless <paramref name="followLinks"/>, when the kind is that of what it points to.
    /// </summary>
    public static FileKind Of(string path, bool followLinks = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                return FromStatx(path, followLinks);
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

        return FromAttributes(path, followLinks);
    }

    /// <summary>True only for a regular file (a link only when <paramref name="followLinks"/> and it leads to one).</summary>
    public static bool IsRegular(string path, bool followLinks = false) => Of(path, followLinks) == FileKind.Regular;

    /// <summary>Null for a regular file; otherwise what it is, for a message ("not a regular file but a FIFO (named pipe)").</summary>
    public static string? NotRegular(string path, bool followLinks = false)
    {
        var kind = Of(path, followLinks);
        return kind == FileKind.Regular ? null : kind == FileKind.Missing ? "no such file" : "not a regular file but " + Describe(kind);
    }

    /// <summary>Words for a kind, for messages ("a FIFO (named pipe)").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.Link => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "a special file",
    };

    private static FileKind FromStatx(string path, bool followLinks)
    {
        Span<byte> buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, ref MemoryMarshal.GetReference(buffer)) != 0)
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
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Special,
        };
    }

    private static FileKind FromAttributes(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return FileKind.Link;
            }

            if (info.ResolveLinkTarget(returnFinalTarget: true) is not { } target)
            {
                return FileKind.Missing;
            }

            return FromAttributes(target.FullName, followLinks: false);
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
