namespace Threadline.Cli.Infrastructure;

/// <summary>An error the user can act on: printed as one line, exit code 1 (or 2 for bad usage).</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.Failure)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException(string message, Exception inner, int exitCode = ExitCodes.Failure)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
