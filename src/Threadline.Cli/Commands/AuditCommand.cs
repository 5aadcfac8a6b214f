using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Security;
using Threadline.Security.Audit;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline audit verify</c> checks the workspace's hash-chained trail against its anchors and names the first bad
/// record; <c>threadline audit export --from --to</c> writes records as JSON Lines for a data-protection officer.
/// </summary>
internal static class AuditCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("audit", "Check or export the workspace's audit trail (who looked at or changed what, when and why)");
        command.Subcommands.Add(Verify(options, environment));
        command.Subcommands.Add(Export(options, environment));
        return command;
    }

    private static Command Verify(GlobalOptions options, CliEnvironment environment)
    {
        var anchors = new Option<string?>("--anchors") { Description = "Anchors file to check against (default: where this workspace's anchors are written)" };
        var command = new Command("verify", "Check that no audit record was changed, removed or reordered; exit 1 naming the first bad one");
        command.Options.Add(anchors);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = Open(context);
            var anchorPath = parse.GetValue(anchors) is { } given ? context.ResolvePath(given) : context.Audit.AnchorPath(context.WorkspacePath);
            IReadOnlyList<AuditAnchor> anchorList;
            try
            {
                anchorList = AuditAnchorFile.Read(anchorPath);
            }
            catch (FormatException ex)
            {
                throw new CliException(ex.Message, ex);
            }

            var result = AuditChain.Verify(store.ReadAudit(), anchorList);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { workspace = context.WorkspaceShown, records = result.Records, anchors = result.AnchorsChecked, intact = result.Intact, first_bad = result.FirstBad, problem = result.Problem });
            }
            else if (result.Intact)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit trail of {context.WorkspaceShown}: {result.Records} records, {result.AnchorsChecked} of {anchorList.Count} anchors matched, intact"));
            }
            else
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit trail of {context.WorkspaceShown}: NOT intact at record {result.FirstBad}: {result.Problem}"));
            }

            return result.Intact ? ExitCodes.Ok : ExitCodes.Failure;
        }));
        return command;
    }

    private static Command Export(GlobalOptions options, CliEnvironment environment)
    {
        var from = new Option<string?>("--from") { Description = "First day or time to include (ISO 8601, UTC; default: the start)" };
        var to = new Option<string?>("--to") { Description = "Day or time to stop before (ISO 8601, UTC; a day means up to its end; default: now)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout" };
        var command = new Command("export", "Write audit records between two times as JSON Lines (every field and hash)");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(output);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var start = Time(parse.GetValue(from), "--from", endOfDay: false) ?? DateTimeOffset.MinValue;
            var end = Time(parse.GetValue(to), "--to", endOfDay: true) ?? DateTimeOffset.MaxValue;
            if (end <= start)
            {
                throw new CliException("--to must be after --from", ExitCodes.Usage);
            }

            var outPath = parse.GetValue(output) is { } given ? context.OutputFile(given, "--out") : null;
            using var store = Open(context);
            var records = store.ReadAudit().Where(r => r.At >= start && r.At < end);
            long written;
            if (outPath is null)
            {
                written = AuditJsonLines.Write(context.Out, records);
            }
            else
            {
                using var writer = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false));
                written = AuditJsonLines.Write(writer, records);
            }

            context.Console.MarkupLine(CultureInfo.InvariantCulture, "{0} audit records written", written);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The workspace's trail, after appending this look at it.</summary>
    private static ISecurityStore Open(CommandContext context)
    {
        if (WorkspaceStores.IsFile(context.WorkspacePath) && !File.Exists(context.WorkspacePath))
        {
            throw new CliException($"no workspace at '{context.WorkspaceShown}'");
        }

        context.Audit.Record(context.WorkspacePath);
        try
        {
            return WorkspaceStores.OpenSecurity(context.WorkspacePath);
        }
        catch (WorkspaceException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }

    private static DateTimeOffset? Time(string? text, string option, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? midnight.AddDays(1) : midnight;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new CliException($"{option}: '{text}' is not a date (YYYY-MM-DD) or an ISO 8601 time", ExitCodes.Usage);
    }
}
