using Threadline.Application.Export.Csv;
using Threadline.Application.Export.Gexf;
using Threadline.Application.Export.I2;
using Threadline.Application.Export.Workspace;
using Threadline.Application.Jobs;
using Threadline.Storage;

namespace Threadline.Application.Export;

/// <summary>
/// Writes the workspace, one network lead or some types in one of the <see cref="ExportFormat"/>s to a stream: the one
/// entry point the CLI's <c>export</c> and the web app's export buttons call. Every format but
/// <see cref="ExportFormat.Workspace"/> is written from the same FollowTheMoney entities (<see cref="FtmExport"/>).
/// </summary>
public static partial class ExportJob
{
    /// <summary>Runs an export; what it wrote, and the values it could not write, are in the summary.</summary>
    /// <exception cref="JobException">The scope names an unknown type or network, or the dataset name is not one FtM accepts.</exception>
    public static ExportSummary Run(IWorkspaceStore store, ExportRequest request, Stream output, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        if (Problem(request) is { } problem)
        {
            throw new JobException(problem);
        }

        if (request.Format == ExportFormat.Workspace)
        {
            return Workspace(store, request, output, progress, cancellationToken);
        }

        var problems = new ExportProblems();
        var context = FtmContextBuilder.Build(store, request.Scope, problems, cancellationToken);
        var bySchema = new SortedDictionary<string, long>(StringComparer.Ordinal);
        IEnumerable<FtmEntity> Counted()
        {
            foreach (var entity in FtmExport.Entities(store, context, progress, cancellationToken))
            {
                bySchema[entity.Schema.Name] = bySchema.GetValueOrDefault(entity.Schema.Name) + 1;
                yield return entity;
            }
        }

        long statements = 0;
        switch (request.Format)
        {
            case ExportFormat.Ftm:
                using (var writer = new FtmEntityWriter(output, request.Dataset))
                {
                    foreach (var entity in Counted())
                    {
                        writer.Write(entity);
                    }
                }

                break;
            case ExportFormat.FtmStatements or ExportFormat.FtmStatementsCsv:
                using (var writer = new FtmStatementWriter(output, request.Format == ExportFormat.FtmStatementsCsv))
                {
                    foreach (var entity in Counted())
                    {
                        foreach (var row in FtmStatementRow.Of(entity, request.Dataset, context.SourceFiles))
                        {
                            writer.Write(row);
                        }
                    }

                    statements = writer.Written;
                }

                break;
            case ExportFormat.Gexf:
                GexfWriter.Write(Counted(), output);
                break;
            case ExportFormat.I2:
                I2Writer.Write(Counted(), output);
                break;
            case ExportFormat.Csv:
                CsvTablesWriter.Write(Counted(), output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Format, "unknown export format");
        }

        output.Flush();
        return new ExportSummary(request.Format, bySchema.Values.Sum(), bySchema, statements, problems.ValuesLeftOut, problems.ValuesCut, problems.EntitiesLeftOut, problems.Samples);
    }

    private static ExportSummary Workspace(IWorkspaceStore store, ExportRequest request, Stream output, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        var bySchema = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long statements = 0;
        using var writer = new WorkspaceJsonWriter(output, request.WithStatements);
        var types = request.Scope.Kind == ExportScopeKind.Types ? request.Scope.Types.Cast<string?>() : [null];
        foreach (var type in types)
        {
            foreach (var entity in store.Entities(type))
            {
                writer.Write(entity);
                bySchema[entity.Schema] = bySchema.GetValueOrDefault(entity.Schema) + 1;
                statements += request.WithStatements ? entity.Statements.Length : 0;
                if (writer.Written % 10_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new JobProgress("exporting", writer.Written));
                }
            }
        }

        return new ExportSummary(request.Format, writer.Written, bySchema, statements, 0, 0, 0, []);
    }

    /// <summary>What is wrong with a request before it runs (a shell shows it as bad usage), or null.</summary>
    public static string? Problem(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!DatasetRegex().IsMatch(request.Dataset))
        {
            return $"dataset name '{request.Dataset}' is not one FollowTheMoney accepts: lower-case letters, digits and '_', starting with a letter";
        }

        if (request.Scope.Kind == ExportScopeKind.Network && request.Format == ExportFormat.Workspace)
        {
            return "the workspace format exports whole types; use --type, or another format for one network";
        }

        foreach (var type in request.Scope.Types)
        {
            if (!Core.Model.SchemaModel.Default.TryGet(type, out var spec) || spec!.IsAbstract)
            {
                return $"unknown type '{type}' (known: {string.Join(", ", Core.Model.SchemaModel.Default.Schemata.Values.Where(s => !s.IsAbstract).Select(s => s.Name))})";
            }

            if (request.Format != ExportFormat.Workspace && FtmMapping.NotEntities.Contains(type))
            {
                return $"'{type}' is no entity in FollowTheMoney (its facts are properties of others and the statements' origin); export it with --format workspace";
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9_]{0,99}$")]
    private static partial System.Text.RegularExpressions.Regex DatasetRegex();
}
