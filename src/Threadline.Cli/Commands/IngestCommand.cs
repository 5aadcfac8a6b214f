using System.CommandLine;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline ingest ads|bookings|transactions|ftm</c>: bring source files into the workspace.</summary>
internal static class IngestCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("ingest", "Bring source files into the workspace (idempotent, resumable; bad records are quarantined, good ones kept)");
        command.Subcommands.Add(IngestAdsCommand.Build(options, environment));
        command.Subcommands.Add(IngestBookingsCommand.Build(options, environment));
        command.Subcommands.Add(IngestTransactionsCommand.Build(options, environment));
        command.Subcommands.Add(IngestFtmCommand.Build(options, environment));
        return command;
    }

    /// <summary>
    /// The default quarantine file: beside a file workspace, named after it; for a server workspace, which has no folder of
    /// its own here, in the current directory (<c>threadline.quarantine.KIND.jsonl</c>; --quarantine puts it elsewhere).
    /// </summary>
    public static string DefaultQuarantine(CommandContext context, string kind)
    {
        if (context.WorkspaceIsServer)
        {
            return Path.Combine(context.Environment.CurrentDirectory, $"threadline.quarantine.{kind}.jsonl");
        }

        var dir = Path.GetDirectoryName(context.WorkspacePath) ?? context.Environment.CurrentDirectory;
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(context.WorkspacePath) + $".quarantine.{kind}.jsonl");
    }

    /// <summary>The workspace's own files, never to be read as input when a directory is walked.</summary>
    public static IReadOnlyCollection<string> WorkspaceFiles(CommandContext context) => context.WorkspaceIsServer ? [] :
        [context.WorkspacePath, context.WorkspacePath + "-wal", context.WorkspacePath + "-shm", context.WorkspacePath + "-journal", context.WorkspacePath + ".audit-anchors.jsonl"];
}
