using Threadline.Cli;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Tests;

/// <summary>Runs the command in-process against a temp directory and captures what it prints.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("tl-cli-").FullName;
    }

    public string Directory { get; }

    public string Workspace => Path.Combine(Directory, "ws.db");

    public CliResult Run(params string[] args) => RunWith(null, args);

    public CliResult RunWith(IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, CliEnvironment.ForWriters(output, error, variables, Directory));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, true);
        }
        catch (IOException)
        {
        }
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
