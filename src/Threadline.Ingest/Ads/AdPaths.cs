namespace Threadline.Ingest.Ads;

/// <summary>Turns the paths given to <c>ingest ads</c> into the files to read.</summary>
public static class AdPaths
{
    /// <summary>
    /// Files in the order given; a directory contributes every file below it (recursively, not
    /// following links, skipping names that start with a dot) in ordinal order of the relative path.
    /// A file listed twice is read once; files in <paramref name="exclude"/> are left out.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, IEnumerable<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var excluded = new HashSet<string>((exclude ?? []).Select(Path.GetFullPath), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
                    IgnoreInaccessible = true,
                    ReturnSpecialDirectories = false,
                };
                var files = Directory.EnumerateFiles(path, "*", options)
                    .Select(f => Path.GetRelativePath(path, f))
                    .Where(r => !r.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                    .Order(StringComparer.Ordinal);
                foreach (var relative in files)
                {
                    Add(Path.Combine(path, relative));
                }
            }
            else
            {
                throw new FileNotFoundException($"No such file or directory: {path}", path);
            }
        }

        return result;

        void Add(string file)
        {
            var full = Path.GetFullPath(file);
            if (!excluded.Contains(full) && seen.Add(full))
            {
                result.Add(file);
            }
        }
    }
}
