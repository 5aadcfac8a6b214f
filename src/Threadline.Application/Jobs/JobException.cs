namespace Threadline.Application.Jobs;

/// <summary>A job cannot run as asked, for a reason the user can act on ("run `threadline link` first"); shells show the message as it is.</summary>
public sealed class JobException : Exception
{
    public JobException()
    {
    }

    public JobException(string message)
        : base(message)
    {
    }

    public JobException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
