namespace Threadline.Money;

/// <summary>A bank file that cannot be read; names the file, element and reason.</summary>
public sealed class BankFileException : Exception
{
    /// <summary>Creates the exception from an issue.</summary>
    public BankFileException(ImportIssue issue, Exception? inner = null)
        : base(issue?.ToString(), inner)
    {
        Issue = issue ?? throw new ArgumentNullException(nameof(issue));
    }

    /// <summary>Creates the exception with a message only.</summary>
    public BankFileException()
        : this(new ImportIssue("?", null, "?", "unknown"))
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public BankFileException(string message)
        : this(new ImportIssue("?", null, "?", message))
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public BankFileException(string message, Exception inner)
        : this(new ImportIssue("?", null, "?", message), inner)
    {
    }

    /// <summary>File, element and reason.</summary>
    public ImportIssue Issue { get; }
}
