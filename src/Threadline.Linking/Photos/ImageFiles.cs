using Threadline.Core.IO;

namespace Threadline.Linking;

/// <summary>
/// Where an ad's image reference may lead, and how its bytes are read. An ad is hostile input: its
/// reference may be an absolute path (<c>/dev/zero</c>, <c>/proc/self/environ</c>), climb out of
/// the export folder (<c>../../etc/shadow</c>), go through a link, or name a FIFO that blocks on
/// open. A reference resolves only to a regular file inside the image folder, reached without links,
/// and at most <see cref="ImageLimits.MaxBytes"/> are ever read. Remote URLs are never fetched.
/// </summary>
public static class ImageFiles
{
    /// <summary>True for a reference that names something remote or inline (<c>https://…</c>, <c>data:…</c>), which Threadline never loads.</summary>
    public static bool IsRemote(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        // A scheme is letters before a colon ("https:", "data:", "file:"); "C:\" style drive letters are one letter.
        return reference.Contains("://", StringComparison.Ordinal)
            || (colon > 1 && reference[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'));
    }

    /// <summary>
    /// The full path of <paramref name="reference"/> (relative to <paramref name="baseDirectory"/>, the
    /// export's folder), or null with the reason when it is remote, leaves <paramref name="root"/>,
    /// passes through a link, or is not a regular file.
    /// </summary>
    public static string? Resolve(string reference, string baseDirectory, string root, out string? error)
    {
        ArgumentNullException.ThrowIfNull(reference);
        error = null;
        if (reference.Length == 0 || reference.Length > 4096 || reference.Contains('\0', StringComparison.Ordinal))
        {
            error = "not a usable file reference";
            return null;
        }

        if (IsRemote(reference))
        {
            error = "a remote reference (never fetched)";
            return null;
        }

        string full;
        string rootFull;
        try
        {
            rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            full = Path.GetFullPath(reference, Path.GetFullPath(baseDirectory));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error = "not a usable file reference";
            return null;
        }

        if (!full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            error = "outside the image folder " + rootFull;
            return null;
        }

        // Every folder between the root and the file, and the file itself, must be what it says: no links.
        var relative = full[(rootFull.Length + 1)..].Split(Path.DirectorySeparatorChar);
        var at = rootFull;
        for (var i = 0; i < relative.Length; i++)
        {
            at = Path.Combine(at, relative[i]);
            var kind = FileKinds.Of(at);
            var last = i == relative.Length - 1;
            if (kind == FileKind.Missing)
            {
                error = "file not found";
                return null;
            }

            if (kind != (last ? FileKind.Regular : FileKind.Directory))
            {
                error = (last ? "not a regular file: " : "the path goes through ") + FileKinds.Describe(kind);
                return null;
            }
        }

        return full;
    }

    /// <summary>Reads a regular file of at most <see cref="ImageLimits.MaxBytes"/>; anything else gives the reason, never an exception.</summary>
    public static byte[]? Read(string path, ImageLimits limits, out string? error)
    {
        ArgumentNullException.ThrowIfNull(limits);
        error = null;
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Regular)
        {
            error = kind == FileKind.Missing ? "file not found" : "not a regular file: " + FileKinds.Describe(kind);
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > limits.MaxBytes)
            {
                error = FormattableString.Invariant($"file is {stream.Length} bytes, over the {limits.MaxBytes} byte limit");
                return null;
            }

            // The length was checked on the open handle; still read no more than the limit allows, in case the file grows.
            var buffer = new byte[(int)Math.Min(stream.Length, limits.MaxBytes) + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
            }

            if (read > limits.MaxBytes || read > stream.Length)
            {
                error = "file changed while it was read";
                return null;
            }

            return buffer.AsSpan(0, read).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = "cannot read file: " + e.Message;
            return null;
        }
    }
}
