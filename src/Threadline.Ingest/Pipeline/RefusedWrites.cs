using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// What the pipeline does when the workspace refuses a batch (an entity the file gives one type and the workspace holds as
/// another, a value no engine can store): the store writes all or nothing, so the batch is written again in halves, down
/// to single records, and one bad record costs only itself. Each record refused on its own becomes a quarantine line with
/// its file, its line and the store's reason, and counts as rejected. A failure that is no refusal (an I/O error, a
/// read-only or unreachable workspace) stops the run as before, and so does a refusal of statements that belong to no
/// record (the Source), which no record could be blamed for.
/// </summary>
internal static class RefusedWrites
{
    /// <summary>Whether the store refused the statements themselves, rather than failing to write at all.</summary>
    public static bool IsRefusal(Exception e) =>
        e is ArgumentException || (e is InvalidOperationException && e is not WorkspaceException && e is not ObjectDisposedException);

    /// <summary>Writes the chunks of one file in one transaction, or as much of them as the store takes; refused records go to <paramref name="refused"/>.</summary>
    public static WriteSummary Write(IWorkspaceStore store, IReadOnlyList<Chunk> chunks, string path, List<Rejection> refused)
    {
        if (chunks.Sum(c => c.Statements.Count) == 0)
        {
            return default;
        }

        try
        {
            return store.WritePrepared(chunks.Select(c => c.Statements).ToList());
        }
        catch (Exception e) when (IsRefusal(e))
        {
            return Bisect(store, Units(chunks), path, refused);
        }
    }

    /// <summary>The chunks cut into records and the statements between them that belong to none (line null).</summary>
    private static List<(ArraySegment<Statement> Statements, long? Line)> Units(IReadOnlyList<Chunk> chunks)
    {
        var units = new List<(ArraySegment<Statement>, long?)>();
        foreach (var chunk in chunks)
        {
            var all = chunk.Statements.Statements.ToArray();
            var at = 0;
            foreach (var span in chunk.Spans)
            {
                if (span.Start > at)
                {
                    units.Add((new ArraySegment<Statement>(all, at, span.Start - at), null));
                }

                units.Add((new ArraySegment<Statement>(all, span.Start, span.End - span.Start), span.Line));
                at = span.End;
            }

            if (at < all.Length)
            {
                units.Add((new ArraySegment<Statement>(all, at, all.Length - at), null));
            }
        }

        return units;
    }

    private static WriteSummary Bisect(IWorkspaceStore store, List<(ArraySegment<Statement> Statements, long? Line)> units, string path, List<Rejection> refused)
    {
        var statements = units.SelectMany(u => u.Statements).ToArray();
        if (statements.Length == 0)
        {
            return default;
        }

        try
        {
            return store.Write(statements);
        }
        catch (Exception e) when (IsRefusal(e) && units.Count == 1 && units[0].Line is { } line)
        {
            refused.Add(new Rejection(path, line, "not kept, the workspace refused it: " + e.Message, statements[0].EntityId));
            return default;
        }
        catch (Exception e) when (IsRefusal(e) && units.Count > 1)
        {
            var half = units.Count / 2;
            return Bisect(store, units[..half], path, refused) + Bisect(store, units[half..], path, refused);
        }
    }
}
