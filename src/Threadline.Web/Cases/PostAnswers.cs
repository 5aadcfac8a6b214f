using Microsoft.AspNetCore.Mvc;

namespace Threadline.Web.Cases;

/// <summary>
/// Answers of a form post that is refused. The status pages re-execute a request with its own method, and the status
/// page answers GETs only, so a refused POST answers here with a body of its own (which the status pages leave alone).
/// </summary>
public static class PostAnswers
{
    /// <summary>404 for a post: one body whatever was missing or not allowed.</summary>
    public static IActionResult NotFound() =>
        new ContentResult { StatusCode = StatusCodes.Status404NotFound, ContentType = "text/plain; charset=utf-8", Content = "Not found." };
}
