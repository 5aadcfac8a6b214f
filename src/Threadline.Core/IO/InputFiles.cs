namespace Threadline.Core.IO;

/// <summary>What an ingest will read, and what it leaves out with the reason: the one walk of the paths a user names, for every kind of source file.</summary>
/// <param name="Files">Regular files, in the order given; a directory's files in ordinal order of their relative path.</param>
/// <param name="Skipped">Entries not read (FIFOs, devices, sockets, links inside a directory, unreadable folders), each with why.</param>
public sealed record InputFiles(IReadOnlyList<string> Files, IReadOnlyList<SkippedPath> Skipped)
{
    /// <summary>
    /// Expands files and directories. A directory is walked recursively without following links; names
    /// starting with a dot are left out silently, links and entries that are not regular files are left
    /// out with a note. A path named directly is followed if it is a link, and must be a regular file.
    /// A file named twice is read once; files in <paramref name="exclude"/> are left out, and so are files found
    /// in a directory that <paramref name="wanted"/> refuses (files named directly are always taken).
    /// </summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory.</exception>
    public static InputFiles Expand(IEnumerable<string> paths, IEnumerable<string>? exclude = null, Func<string, bool>? wanted = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var excluded = new HashSet<string>((exclude ?? []).Select(Path.GetFullPath), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        var skipped = new List<SkippedPath>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = new List<string>();
                Walk(path, found, skipped);
                foreach (var file in found.Where(f => wanted is null || wanted(f)).Order(StringComparer.Ordinal))
                {
                    Add(file, files, skipped);
                }
            }
            else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                Add(path, files, skipped);
            }
            else
            {
                throw new FileNotFoundException($"No such file or directory: {path}", path);
            }
        }

        return new InputFiles(files, skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToList());

        void Add(string file, List<string> into, List<SkippedPath> notes)
        {
            var full = Path.GetFullPath(file);
            if (excluded.Contains(full) || !seen.Add(full))
            {
                return;
            }

            if (FileKinds.NotRegular(file, followLinks: true) is { } what)
            {
                notes.Add(new SkippedPath(file, $"{what}: not read"));
            }
            else
            {
                into.Add(file);
            }
        }
    }

    private static void Walk(string root, List<string> found, List<SkippedPath> skipped)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.TryPop(out var dir))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedPath(dir, "the folder cannot be listed: " + ex.Message));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry.LinkTarget is not null)
                {
                    skipped.Add(new SkippedPath(Path.Combine(dir, entry.Name), "a link: links inside a folder are not followed (name the target to read it)"));
                }
                else if (entry is DirectoryInfo)
                {
                    pending.Push(Path.Combine(dir, entry.Name));
                }
                else
                {
                    found.Add(Path.Combine(dir, entry.Name));
                }
            }
        }
    }
}
