namespace Threadline.Ingest.Ads;

/// <summary>Stops AngleSharp mid-parse when a page passes a limit of <see cref="HtmlBudget"/>; the message is the rejection reason.</summary>
internal sealed class HtmlLimitException : Exception
{
    public HtmlLimitException()
    {
    }

    public HtmlLimitException(string message)
        : base(message)
    {
    }

    public HtmlLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
