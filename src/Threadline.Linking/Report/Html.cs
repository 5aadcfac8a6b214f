using System.Text;

namespace Threadline.Linking.Report;

/// <summary>HTML escaping for text and attributes; ad text is hostile by default.</summary>
internal static class Html
{
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '`': sb.Append("&#96;"); break;
                default:
                    if (char.IsControl(c) && c != '\n' && c != '\t')
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A safe href: http(s) URLs and relative paths only; anything else (javascript:, data:) gives null.</summary>
    public static string? SafeHref(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        var r = reference.Trim();
        if (r.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || r.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return E(r);
        }

        if (r.Contains(':', StringComparison.Ordinal) || r.StartsWith("//", StringComparison.Ordinal) || r.StartsWith('/') || r.StartsWith('\\'))
        {
            return null;
        }

        return E(r);
    }
}
