using System.CommandLine;
using Spectre.Console;
using Threadline.Storage;

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
        WorkspacePath = Path.GetFullPath(path, environment.CurrentDirectory);
        WorkspaceExplicit = !string.IsNullOrWhiteSpace(explicitPath);
    }

    private CommandContext(CommandContext other, string workspace)
    {
        Environment = other.Environment;
        Json = other.Json;
        Verbose = other.Verbose;
        WorkspacePath = workspace;
        WorkspaceExplicit = true;
    }

    /// <summary>The same context pointed at another workspace (the demo uses its own).</summary>
    public CommandContext WithWorkspace(string path) => new(this, path);

    public CliEnvironment Environment { get; }

    public bool Json { get; }

    public bool Verbose { get; }

    public string WorkspacePath { get; }

    public bool WorkspaceExplicit { get; }

    public TextWriter Out => Environment.Output;

    public IAnsiConsole Console => Environment.Console;

    /// <summary>Resolves a path the user gave relative to the working directory.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, Environment.CurrentDirectory);

    /// <summary>Opens (creating if needed) the workspace.</summary>
    public IWorkspaceStore OpenStore() => WorkspaceOpener.Open(WorkspacePath, create: true);

    /// <summary>Opens a workspace that must already exist (read commands).</summary>
    public IWorkspaceStore OpenExistingStore() => WorkspaceOpener.Open(WorkspacePath, create: false);

    /// <summary>Prints a line of human output (to stderr when --json keeps stdout for data).</summary>
    public void Say(string markup)
    {
        Console.MarkupLine(markup);
    }
}
