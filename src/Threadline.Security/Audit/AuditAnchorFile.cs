using System.Globalization;
using System.Text.Json;

namespace Threadline.Security.Audit;

/// <summary>
/// Anchors written out of the store, one JSON object a line (<c>{"sequence":…,"hash":"…","at":"…"}</c>), appended
/// and flushed to disk. Keep the file where whoever could change the store cannot (another machine, write-once media).
/// </summary>
public static class AuditAnchorFile
{
    /// <summary>Most anchors read from one file.</summary>
    public const int MaxAnchors = 1_000_000;

    /// <summary>Appends one anchor and flushes it to the disk.</summary>
    public static void Append(string path, AuditAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var line = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sequence"] = anchor.Sequence,
            ["hash"] = anchor.Hash,
            ["at"] = AuditHash.Time(anchor.At),
        }) + "\n";
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(line));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The anchors of a file; none when it does not exist.</summary>
    /// <exception cref="FormatException">A line that is not an anchor, named by file and line.</exception>
    public static IReadOnlyList<AuditAnchor> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var anchors = new List<AuditAnchor>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (anchors.Count >= MaxAnchors)
            {
                throw new FormatException($"{path}:{number}: more than {MaxAnchors} anchors");
            }

            anchors.Add(Parse(line, path, number));
        }

        return anchors;
    }

    private static AuditAnchor Parse(string line, string path, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var sequence = root.GetProperty("sequence").GetInt64();
            var hash = root.GetProperty("hash").GetString() ?? string.Empty;
            var at = DateTimeOffset.Parse(root.GetProperty("at").GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            if (sequence < 1 || hash.Length != 64)
            {
                throw new FormatException("field 'sequence' must be 1 or more and 'hash' 64 hex digits");
            }

            return new AuditAnchor(sequence, hash, at);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{path}:{number}: not an audit anchor ({ex.Message})", ex);
        }
    }
}
