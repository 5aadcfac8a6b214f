using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Threadline.Web.Pages.Shared;

/// <summary>Previous/next links for a paged list, keeping the request's other query parameters.</summary>
public sealed record PagerModel(long Total, int Offset, int Limit, int Shown, HttpRequest Request, string OffsetName = "offset")
{
    public bool HasPrevious => Offset > 0;

    public bool HasNext => Offset + Shown < Total;

    public string Previous => Link(Math.Max(0, Offset - Limit));

    public string Next => Link(Offset + Limit);

    public string Range => Shown == 0
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"{Offset + 1:#,0}–{Offset + Shown:#,0} of {Total:#,0}");

    private string Link(int offset)
    {
        var query = Request.Query.Where(kv => !string.Equals(kv.Key, OffsetName, StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(v ?? string.Empty)))
            .Append(OffsetName + "=" + offset.ToString(CultureInfo.InvariantCulture));
        return Request.Path + "?" + string.Join("&", query);
    }
}
