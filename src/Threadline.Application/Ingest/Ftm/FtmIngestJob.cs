using System.Globalization;
using System.Text;
using System.Text.Json;
using Threadline.Application.Export.Ftm;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>
/// <c>ingest ftm</c>: FollowTheMoney entities or statements (an Aleph export, a company registry, a sanctions list, a
/// Threadline export) into the workspace, each entity as the Threadline type that holds its kind
/// (<see cref="FtmMapping.ThreadlineType"/>), each value with its FtM schema, property, dataset, origin, language and
/// original value in its statement's detail, so an export writes it back as it was read. A Source per file; a file
/// already read is skipped; what cannot be read goes to the quarantine with its file, line and reason.
/// </summary>
public static class FtmIngestJob
{
    public const string SourceKind = "ftm";
    public const string Producer = "ingest.ftm";
    public const int BatchStatements = 20_000;

    /// <summary>The most problems of one file the quarantine lists; past it they are only counted.</summary>
    public const int MaxProblemsListed = 100_000;
    public static readonly string Version = typeof(FtmIngestJob).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <param name="store">The workspace.</param>
    /// <param name="files">FtM files: <c>.csv</c> for statements as CSV, anything else JSON Lines of entities or statements.</param>
    /// <param name="dataset">The dataset of values whose file names none.</param>
    /// <param name="quarantinePath">Where what was not read is listed (JSON Lines).</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <exception cref="Jobs.JobException">The dataset name is not one FollowTheMoney accepts.</exception>
    public static FtmIngestSummary Run(IWorkspaceStore store, IReadOnlyList<string> files, string dataset, string quarantinePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(files);
        if (!FtmDataset.IsValid(dataset))
        {
            throw new Jobs.JobException($"dataset name '{dataset}' is not one FollowTheMoney accepts: lower-case letters, digits and '_', starting with a letter");
        }

        var summary = new FtmIngestSummary();
        foreach (var path in files)
        {
            var problems = new List<FtmInputProblem>();
            try
            {
                string hash;
                using (var stream = File.OpenRead(path))
                {
                    hash = Ids.HashStream(stream);
                }

                var sourceId = Ids.Make("source", hash);
                if (store.GetSource(sourceId) is { Completed: true })
                {
                    summary.SkippedFiles++;
                    continue;
                }

                var (accepted, rejected) = ReadFile(store, path, hash, sourceId, dataset, problems, summary, cancellationToken);
                store.SetSource(new SourceState(sourceId, path, hash, SourceKind, true, accepted, rejected));
                summary.Files++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                problems.Add(new FtmInputProblem(0, "cannot read the file: " + e.Message, false));
                summary.Rejected++;
            }
            finally
            {
                Quarantine(quarantinePath, path, problems);
                foreach (var p in problems.Take(Math.Max(0, 10 - summary.Samples.Count)))
                {
                    summary.Samples.Add((path, p));
                }
            }
        }

        return summary;
    }

    private static (long Accepted, long Rejected) ReadFile(IWorkspaceStore store, string path, string hash, string sourceId, string dataset, List<FtmInputProblem> problems, FtmIngestSummary summary, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var types = new Dictionary<string, (string Type, string Schema)>(StringComparer.Ordinal);
        var batch = new List<(Statement Statement, long Line)>();
        var source = new List<Statement>();
        void S(string property, string value) => source.Add(new Statement(sourceId, "Source", property, value, sourceId, fileName, Producer, Version, null, null));
        S("name", fileName);
        S("fileName", fileName);
        S("contentHash", hash);
        S("fileSize", new FileInfo(path).Length.ToString(CultureInfo.InvariantCulture));
        S("format", csv ? "ftm-statements-csv" : "ftm-json");
        summary.Statements += store.Write(source);

        long rejected = 0;
        void Problem(FtmInputProblem p)
        {
            if (problems.Count < MaxProblemsListed)
            {
                problems.Add(p);
            }

            if (p.Kept)
            {
                summary.ValuesLeftOut++;
            }
            else
            {
                summary.Rejected++;
                rejected++;
            }
        }

        using var text = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        foreach (var v in FtmFileReader.Read(text, csv, dataset, Problem))
        {
            var schema = FtmVocabulary.Default.Get(v.Schema);
            var type = FtmMapping.ThreadlineType(schema);
            if (types.TryGetValue(v.EntityId, out var known) && known.Type != type)
            {
                Problem(new FtmInputProblem(v.Line, $"entity '{v.EntityId}' is a {known.Schema} on an earlier line and a {v.Schema} here, which Threadline keeps as different types ({known.Type}, {type}): value of '{v.Prop}' left out", true));
                continue;
            }

            if (!types.ContainsKey(v.EntityId))
            {
                types[v.EntityId] = (type, v.Schema);
                summary.ByType[type] = summary.ByType.GetValueOrDefault(type) + 1;
            }

            var detail = FtmProvenance.ImportDetail(v.Dataset, v.Origin, v.Lang, v.OriginalValue, v.Schema, v.Prop);
            var property = FtmMapping.ThreadlineProperty(schema, v.Prop);
            batch.Add((new Statement(v.EntityId, type, property, v.Value, sourceId, fileName + ":" + v.Line.ToString(CultureInfo.InvariantCulture), Producer, Version, v.FirstSeen, v.LastSeen, detail), v.Line));
            summary.Values++;
            if (batch.Count >= BatchStatements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Flush(store, batch, summary, Problem);
            }
        }

        Flush(store, batch, summary, Problem);
        summary.Entities += types.Count;
        return (types.Count, rejected);
    }

    /// <summary>Writes a batch in one transaction; when the store refuses it (an entity already of another type), entity by entity, naming the ones refused.</summary>
    private static void Flush(IWorkspaceStore store, List<(Statement Statement, long Line)> batch, FtmIngestSummary summary, Action<FtmInputProblem> problem)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            summary.Statements += store.Write(batch.Select(b => b.Statement).ToArray());
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            foreach (var entity in batch.GroupBy(b => b.Statement.EntityId, StringComparer.Ordinal))
            {
                try
                {
                    summary.Statements += store.Write(entity.Select(b => b.Statement).ToArray());
                }
                catch (Exception one) when (one is InvalidOperationException or ArgumentException)
                {
                    summary.Values -= entity.Count();
                    problem(new FtmInputProblem(entity.Min(b => b.Line), $"entity '{entity.Key}' not kept: {one.Message}", false));
                }
            }
        }

        batch.Clear();
    }

    private static void Quarantine(string quarantinePath, string file, List<FtmInputProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(quarantinePath))!);
        using var writer = new StreamWriter(quarantinePath, append: true, new UTF8Encoding(false));
        foreach (var p in problems)
        {
            writer.WriteLine(JsonSerializer.Serialize(new { file, line = p.Line, reason = p.Reason, kept = p.Kept }, JsonOutput.Serializer).ReplaceLineEndings(string.Empty));
        }
    }
}
