using Threadline.Core.Statements;
using Threadline.Core.Text;
using Threadline.Storage;

namespace Threadline.Ingest.Pipeline;

/// <summary>
/// Writes a batch for the pipeline, on the writer's thread, so that one bad record costs only itself:
/// <list type="number">
/// <item>values the workspace contradicts (<see cref="IIngestFormat{TRecord}.Contradicted"/>) are left out of the batch
/// and listed as values left out of their records;</item>
/// <item>when the workspace refuses the batch (an entity a file gives one type and the workspace holds as another, a value
/// no engine can store), it is written again in halves, down to single records, since the store writes all or nothing.
/// Each record refused on its own becomes a quarantine line with its file, its line and the store's reason, and counts as
/// rejected.</item>
/// </list>
/// A failure that is no refusal (an I/O error, a read-only or unreachable workspace) stops the run as before, and so does
/// a refusal of statements that belong to no record (the Source), which no record could be blamed for.
/// </summary>
internal sealed class BatchWriter<TRecord>(IWorkspaceStore store, IIngestFormat<TRecord> format)
{
    /// <summary>Whether the store refused the statements themselves, rather than failing to write at all.</summary>
    public static bool IsRefusal(Exception e) =>
        e is ArgumentException || (e is InvalidOperationException && e is not WorkspaceException && e is not ObjectDisposedException);

    /// <summary>
    /// Writes the chunks of one or more files (small files share a batch) in one transaction, or as much of them as the
    /// store takes: when it refuses, each file on its own, and a file it refuses record by record.
    /// </summary>
    /// <param name="files">Each file's chunks, in order, with its path; gets the lines of records the store refused
    /// (<see cref="FileBatch.Refused"/>) and of values the workspace contradicted (<see cref="FileBatch.LeftOut"/>).</param>
    public WriteSummary Write(IReadOnlyList<FileBatch> files)
    {
        foreach (var file in files)
        {
            file.Chunks = Checked(file.Chunks, file.Path, file.LeftOut);
        }

        if (files.Sum(f => f.Chunks.Sum(c => c.Statements.Count)) == 0)
        {
            return default;
        }

        try
        {
            return store.WritePrepared(files.SelectMany(f => f.Chunks).Select(c => c.Statements).ToList());
        }
        catch (Exception e) when (IsRefusal(e))
        {
            WriteSummary written = default;
            foreach (var file in files)
            {
                written += files.Count > 1 && TryWrite(file, out var alone) ? alone : Bisect(Units(file.Chunks), file.Path, file.Refused);
            }

            return written;
        }
    }

    private bool TryWrite(FileBatch file, out WriteSummary written)
    {
        try
        {
            written = store.WritePrepared(file.Chunks.Select(c => c.Statements).ToList());
            return true;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            written = default;
            return false;
        }
    }

    /// <summary>The chunks without the values the workspace contradicts (the same chunks when there are none).</summary>
    private IReadOnlyList<Chunk> Checked(IReadOnlyList<Chunk> chunks, string path, List<Rejection> leftOut)
    {
        var all = chunks.SelectMany(c => c.Statements.Statements).ToList();
        var contradicted = all.Count == 0 ? [] : format.Contradicted(store, all);
        if (contradicted.Count == 0)
        {
            return chunks;
        }

        var reasons = new Dictionary<Statement, string>(ReferenceEqualityComparer.Instance);
        foreach (var (statement, reason) in contradicted)
        {
            reasons.TryAdd(statement, reason);
        }

        var result = new List<Chunk>(chunks.Count);
        foreach (var chunk in chunks)
        {
            var statements = chunk.Statements.Statements;
            var kept = new List<Statement>(statements.Count);
            var spans = new List<RecordSpan>(chunk.Spans.Count);
            var at = 0;
            foreach (var span in chunk.Spans.Append(new RecordSpan(statements.Count, statements.Count, 0)))
            {
                for (; at < span.Start; at++)
                {
                    kept.Add(statements[at]); // not a record's: the Source, per-batch extras
                }

                var start = kept.Count;
                for (; at < span.End; at++)
                {
                    if (reasons.TryGetValue(statements[at], out var reason))
                    {
                        leftOut.Add(new Rejection(path, span.Line, reason, Excerpts.FromText(statements[at].Value, Excerpts.MaxChars)) { Kept = true });
                    }
                    else
                    {
                        kept.Add(statements[at]);
                    }
                }

                if (kept.Count > start)
                {
                    spans.Add(span with { Start = start, End = kept.Count });
                }
            }

            result.Add(kept.Count == statements.Count ? chunk : chunk with { Statements = PreparedStatements.Unprepared(kept), Spans = spans });
        }

        return result;
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

    private WriteSummary Bisect(List<(ArraySegment<Statement> Statements, long? Line)> units, string path, List<Rejection> refused)
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
            return Bisect(units[..half], path, refused) + Bisect(units[half..], path, refused);
        }
    }
}
