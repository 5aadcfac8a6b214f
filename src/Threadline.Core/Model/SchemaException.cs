namespace Threadline.Core.Model;

/// <summary>A schema file is broken; the message names the file and the problem.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException()
    {
    }

    public SchemaException(string message)
        : base(message)
    {
    }

    public SchemaException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SchemaException(string file, string problem)
        : base($"schema file '{file}': {problem}")
    {
        File = file;
    }

    /// <summary>The offending file, when known.</summary>
    public string? File { get; }
}
