namespace Threadline.Extraction.Contacts;

/// <summary>A link cut into its parts, as far as messaging links need: scheme, host, path segments, query and fragment.</summary>
internal sealed class LinkAddress
{
    private LinkAddress(string scheme, string host, string hostAsWritten, IReadOnlyList<string> path, IReadOnlyList<KeyValuePair<string, string>> query, string fragment)
    {
        Scheme = scheme;
        Host = host;
        HostAsWritten = hostAsWritten;
        Path = path;
        Query = query;
        Fragment = fragment;
    }

    /// <summary>Lower-case scheme; "web" for http, https and links written without one.</summary>
    public string Scheme { get; }

    /// <summary>Lower-case host without "www.".</summary>
    public string Host { get; }

    /// <summary>The host as written (case kept): for links whose host is the value (skype:Name).</summary>
    public string HostAsWritten { get; }

    /// <summary>Non-empty path segments, percent-decoded.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>Query parameters in order, percent-decoded ('+' stays '+': in messaging links it is a phone's plus).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>The part after '#', percent-decoded; empty when none.</summary>
    public string Fragment { get; }

    public string? QueryValue(string key)
    {
        foreach (var kv in Query)
        {
            if (string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return kv.Value;
            }
        }

        return null;
    }

    public static LinkAddress Parse(string url)
    {
        var s = url;
        var scheme = "web";
        var sep = s.IndexOf("://", StringComparison.Ordinal);
        if (sep > 0)
        {
            scheme = s[..sep].ToLowerInvariant();
            s = s[(sep + 3)..];
        }
        else if (s.IndexOf(':') is > 0 and var colon && !s[..colon].Contains('.', StringComparison.Ordinal) && !s[..colon].Contains('/', StringComparison.Ordinal))
        {
            scheme = s[..colon].ToLowerInvariant();
            s = s[(colon + 1)..];
        }

        if (scheme is "http" or "https")
        {
            scheme = "web";
        }

        var fragment = string.Empty;
        var hash = s.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = Decode(s[(hash + 1)..]);
            s = s[..hash];
        }

        var query = new List<KeyValuePair<string, string>>();
        var q = s.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            foreach (var pair in s[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                query.Add(eq < 0 ? new(Decode(pair), string.Empty) : new(Decode(pair[..eq]), Decode(pair[(eq + 1)..])));
            }

            s = s[..q];
        }

        var slash = s.IndexOf('/', StringComparison.Ordinal);
        var hostWritten = slash >= 0 ? s[..slash] : s;
        var host = hostWritten.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var path = slash >= 0
            ? s[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Decode).ToArray()
            : [];
        return new LinkAddress(scheme, host, hostWritten, path, query, fragment);
    }

    /// <summary>Percent-decoding that never throws and keeps '+' (Uri.UnescapeDataString leaves '+' as is, and bad escapes too).</summary>
    private static string Decode(string s) => s.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(s) : s;
}
