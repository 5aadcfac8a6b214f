using System.CommandLine;
using Spectre.Console;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Infrastructure;

/// <summary>Everything one command invocation needs: where the workspace is, how to print.</summary>
internal sealed class CommandContext
{
    public CommandContext(CliEnvironment environment, GlobalOptions options, ParseResult parse)
    {
        Environment = environment;
        Json = parse.GetValue(options.Json);
        Verbose = parse.GetValue(options.Verbose);
        var explicitPath = parse.GetValue(options.Workspace);
        var path = !string.IsNullOrWhiteSpace(explicitPath)
            ? explicitPath
            : environment.Variable(GlobalOptions.WorkspaceVariable) is { Length: > 0 } fromEnv ? fromEnv : GlobalOptions.DefaultWorkspace;
        // A server location (postgres://, a connection string) is not a path to resolve.
        WorkspacePath = WorkspaceStores.IsFile(path) ? Path.GetFullPath(path, environment.CurrentDirectory) : path;
        WorkspaceShown = WorkspaceStores.Shown(WorkspacePath);
        WorkspaceExplicit = !string.IsNullOrWhiteSpace(explicitPath);
        Audit = new CliAudit(this, options, parse);
    }

    private CommandContext(CommandContext other, string workspace)
    {
        Environment = other.Environment;
        Json = other.Json;
        Verbose = other.Verbose;
        WorkspacePath = workspace;
        WorkspaceShown = WorkspaceStores.Shown(workspace);
        WorkspaceExplicit = true;
        Audit = other.Audit;
    }

    /// <summary>The same context pointed at another workspace (the demo uses its own).</summary>
    public CommandContext WithWorkspace(string path) => new(this, path);

    public CliEnvironment Environment { get; }

    /// <summary>Appends this command's record to a workspace's audit trail.</summary>
    public CliAudit Audit { get; }

    public bool Json { get; }

    public bool Verbose { get; }

    /// <summary>The workspace as given (a path made absolute): for opening it, never for printing (it may hold a password).</summary>
    public string WorkspacePath { get; }

    /// <summary>The workspace as it may be printed: a path, or <c>postgres://user@host:port/db</c> without a password.</summary>
    public string WorkspaceShown { get; }

    /// <summary>Whether the workspace is on a server rather than a local file.</summary>
    public bool WorkspaceIsServer => !WorkspaceStores.IsFile(WorkspacePath);

    public bool WorkspaceExplicit { get; }

    public TextWriter Out => Environment.Output;

    public IAnsiConsole Console => Environment.Console;

    /// <summary>Cancelled on Ctrl+C.</summary>
    public CancellationToken Cancellation => Environment.Cancellation;

    /// <summary>Resolves a path the user gave relative to the working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, Environment.CurrentDirectory);

    /// <summary>
    /// A folder the command writes into, created when missing; a clear usage error when the path is a
    /// file, or cannot be created or written (not an IOException's own words).
    /// </summary>
    public string OutputFolder(string given, string option)
    {
        var path = ResolvePath(given);
        if (File.Exists(path))
        {
            throw new CliException($"{option}: '{path}' is a file, not a folder", ExitCodes.Usage);
        }

        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, ".threadline-write-test-" + System.Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{option}: cannot create or write to the folder '{path}' ({Reason(ex)})", ex);
        }

        return path;
    }

    /// <summary>A file the command writes; a clear usage error when the path is a folder or its folder cannot be created.</summary>
    public string OutputFile(string given, string option)
    {
        var path = ResolvePath(given);
        if (Directory.Exists(path))
        {
            throw new CliException($"{option}: '{path}' is a folder, not a file", ExitCodes.Usage);
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{option}: cannot create the folder of '{path}' ({Reason(ex)})", ex);
        }

        return path;
    }

    /// <summary>Why a file operation failed, in a user's words.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "a folder on the way does not exist",
        FileNotFoundException => "no such file",
        PathTooLongException => "the path is too long",
        IOException io when io.HResult == 28 || io.Message.Contains("space", StringComparison.OrdinalIgnoreCase) => "no space left on the device",
        IOException io when io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "the file system is read-only",
        _ => ex.Message,
    };

    /// <summary>Opens (creating if needed) the workspace, and appends this command's audit record before anything is read or written.</summary>
    public IWorkspaceStore OpenStore() => Audited(WorkspaceOpener.Open(WorkspacePath, create: true));

    /// <summary>Opens a workspace that must already exist, for commands that write to it (extract, link, money); audited.</summary>
    public IWorkspaceStore OpenExistingStore() => Audited(WorkspaceOpener.Open(WorkspacePath, create: false));

    /// <summary>
    /// Opens a workspace that must already exist, read-only (stats, search, networks, export, report, eval): nothing of
    /// the data is written; the look itself is appended to the audit trail.
    /// </summary>
    public IWorkspaceStore OpenReadOnlyStore() => Audited(WorkspaceOpener.OpenForReading(WorkspacePath));

    private IWorkspaceStore Audited(IWorkspaceStore store)
    {
        try
        {
            Audit.Record(WorkspacePath);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Prints a line of human output (to stderr when --json keeps stdout for data).</summary>
    public void Say(string markup)
    {
        Console.MarkupLine(markup);
    }
}
