using System.Runtime.InteropServices;

namespace Threadline.Money.Import;

/// <summary>
/// What kind of file system entry a path is. .NET reports FIFOs, devices and sockets as ordinary files,
/// and opening a FIFO blocks until someone writes to it, so the kind is asked of the kernel first
/// (Linux <c>statx</c>, whose result layout is the same on every architecture). Elsewhere, an entry that
/// reports no length is taken as not a regular file: FIFOs, devices and sockets have none, and a regular
/// file without bytes has nothing to read either.
/// </summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;

    /// <summary>Null for a regular file (links followed); otherwise what it is, e.g. <c>not a regular file but a FIFO (named pipe)</c>.</summary>
    public static string? NotRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux() && Mode(path) is { } mode)
        {
            return (mode & 0xF000) switch
            {
                0x8000 => null,
                0x4000 => "not a regular file but a directory",
                0x1000 => "not a regular file but a FIFO (named pipe)",
                0x2000 => "not a regular file but a character device",
                0x6000 => "not a regular file but a block device",
                0xC000 => "not a regular file but a socket",
                _ => "not a regular file",
            };
        }

        var info = new FileInfo(path);
        return info.Exists && info.Length > 0 ? null : "empty, or not a regular file (a FIFO, device or socket)";
    }

    private static int? Mode(string path)
    {
        var buffer = new byte[256];
        try
        {
            return NativeMethods.Statx(AtFdCwd, path, 0, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, StatxModeOffset) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
    }
}
