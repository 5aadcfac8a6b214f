namespace Threadline.Web.Cases;

/// <summary>A write by a user who may read the case but is not a member of its file: 403, never a partial write.</summary>
public sealed class CaseWriteRefusedException : Exception
{
    public CaseWriteRefusedException()
    {
    }

    public CaseWriteRefusedException(string message)
        : base(message)
    {
    }

    public CaseWriteRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
