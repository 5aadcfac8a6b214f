using Spectre.Console;

namespace Threadline.Cli.Infrastructure;

/// <summary>What the command line talks to: output streams, a console, environment variables. Tests pass their own.</summary>
internal sealed class CliEnvironment
{
    public CliEnvironment(TextWriter output, TextWriter error, IAnsiConsole console, Func<string, string?> variable, string currentDirectory, CancellationToken cancellation = default)
    {
        Cancellation = cancellation;
        Output = output;
        Error = error;
        Console = console;
        Variable = variable;
        CurrentDirectory = currentDirectory;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    public Func<string, string?> Variable { get; }

    public string CurrentDirectory { get; }

    /// <summary>Cancelled when the user presses Ctrl+C: jobs stop at their next batch, with what was written kept.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The real process environment.</summary>
    public static CliEnvironment FromProcess()
    {
        var output = System.Console.Out;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        var cancel = new CancellationTokenSource();
        System.Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C asks the job to stop cleanly; a second one ends the process at once.
            if (!cancel.IsCancellationRequested)
            {
                e.Cancel = true;
                cancel.Cancel();
            }
        };
        return new CliEnvironment(output, System.Console.Error, console, Environment.GetEnvironmentVariable, Environment.CurrentDirectory, cancel.Token);
    }

    /// <summary>An environment writing to the given writers, for tests.</summary>
    public static CliEnvironment ForWriters(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? variables = null, string? currentDirectory = null, CancellationToken cancellation = default)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        return new CliEnvironment(
            output,
            error,
            console,
            name => variables is not null && variables.TryGetValue(name, out var v) ? v : null,
            currentDirectory ?? Environment.CurrentDirectory,
            cancellation);
    }
}
