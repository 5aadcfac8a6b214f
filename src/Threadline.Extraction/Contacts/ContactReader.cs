using System.Text.RegularExpressions;
using Threadline.Extraction.Text;

namespace Threadline.Extraction.Contacts;

/// <summary>E-mail addresses (plain and "name at domain dot com"), URLs and messaging/social handles.</summary>
internal static partial class ContactReader
{
    private const int Timeout = 250;
    private const int MaxPerField = 32;

    private const string EmailPattern = @"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,4}\.[A-Za-z]{2,24}";

    [GeneratedRegex(EmailPattern, RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex EmailTimed();

    [GeneratedRegex(EmailPattern, RegexOptions.CultureInvariant)]
    private static partial Regex EmailUntimed();

    /// <summary>Untimed on text up to <see cref="InputGuard.UntimedPatternChars"/> (bounded quantifiers only: the worst case is bounded), timed beyond.</summary>
    internal static Regex EmailRegex(string text) => text.Length <= InputGuard.UntimedPatternChars ? EmailUntimed() : EmailTimed();

    private const string ObfuscatedEmailPattern = @"\b(?<user>[A-Za-z0-9._\-]{2,64})\s{0,2}(?:[\[\(\{]\s?(?:at|@|arobase|chiocciola|arroba)\s?[\]\)\}]|\s(?:at|arobase|apenstaartje|chiocciola|arroba|klammeraffe)\s|@)\s{0,2}(?<domain>[A-Za-z0-9\-]{2,63})\s{0,2}(?:[\[\(\{]\s?(?:dot|\.|point|punt|punto|punkt)\s?[\]\)\}]|\s(?:dot|point|punt|punto|punkt)\s|\.)\s{0,2}(?<tld>com|net|org|be|nl|fr|es|de|it|eu|ch|at|uk|info|biz|me|ro|pl)\b";

    [GeneratedRegex(ObfuscatedEmailPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout)]
    private static partial Regex ObfuscatedEmailTimed();

    [GeneratedRegex(ObfuscatedEmailPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ObfuscatedEmailUntimed();

    /// <summary>Untimed on text up to <see cref="InputGuard.UntimedPatternChars"/> (bounded quantifiers only: the worst case is bounded), timed beyond.</summary>
    internal static Regex ObfuscatedEmailRegex(string text) => text.Length <= InputGuard.UntimedPatternChars ? ObfuscatedEmailUntimed() : ObfuscatedEmailTimed();

    private const string UrlPattern = @"(?:https?://|www\.)[^\s<>""'()\[\]{}]{1,300}|\b[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,3}\.(?:com|net|org|be|nl|fr|es|de|it|eu|ch|at|uk|info|me|ly|ru|cn|io|example)\b(?:/[^\s<>""']{0,200})?";

    [GeneratedRegex(UrlPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex UrlTimed();

    [GeneratedRegex(UrlPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlUntimed();

    /// <summary>Untimed on text up to <see cref="InputGuard.UntimedPatternChars"/> (bounded quantifiers only: the worst case is bounded), timed beyond.</summary>
    internal static Regex UrlRegex(string text) => text.Length <= InputGuard.UntimedPatternChars ? UrlUntimed() : UrlTimed();

    private const string ServicePattern = @"\b(?<svc>whats\s?app|whatsap|watsapp|wapp|wechat|we\s?chat|weixin|telegram|signal|snapchat|instagram|insta|onlyfans|only\s?fans|kik|skype|line|viber|twitter|tiktok|ig|sc|wa|tg|wx|vx)\b|(?<svc>微信)";

    [GeneratedRegex(ServicePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout)]
    private static partial Regex ServiceTimed();

    [GeneratedRegex(ServicePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ServiceUntimed();

    /// <summary>Untimed on text up to <see cref="InputGuard.UntimedPatternChars"/> (bounded quantifiers only: the worst case is bounded), timed beyond.</summary>
    internal static Regex ServiceRegex(string text) => text.Length <= InputGuard.UntimedPatternChars ? ServiceUntimed() : ServiceTimed();

    public static void Emails(string text, TextField field, List<EmailHit> emails)
    {
        if (text.Contains('@'))
        {
            foreach (Match m in EmailRegex(text).Matches(text))
            {
                if (emails.Count >= MaxPerField)
                {
                    return;
                }

                emails.Add(new EmailHit(m.Value.ToLowerInvariant().Trim('.'), false, new TextSpan(field, m.Index, m.Length, m.Value)));
            }
        }

        foreach (Match m in ObfuscatedEmailRegex(text).Matches(text))
        {
            if (emails.Count >= MaxPerField)
            {
                return;
            }

            var address = (m.Groups["user"].Value + "@" + m.Groups["domain"].Value + "." + m.Groups["tld"].Value).ToLowerInvariant();
            if (emails.Exists(e => e.Span.Field == field && e.Span.Start < m.Index + m.Length && m.Index < e.Span.End))
            {
                continue;
            }

            emails.Add(new EmailHit(address, true, new TextSpan(field, m.Index, m.Length, m.Value)));
        }
    }

    public static void Urls(string text, TextField field, List<EmailHit> emails, List<UrlHit> urls)
    {
        if (!text.Contains('.'))
        {
            return;
        }

        foreach (Match m in UrlRegex(text).Matches(text))
        {
            if (urls.Count >= MaxPerField)
            {
                return;
            }

            var value = m.Value.TrimEnd('.', ',', ';', ':', '!', '?');
            if ((m.Index > 0 && text[m.Index - 1] == '@') || emails.Exists(e => e.Span.Field == field && e.Span.Start <= m.Index && m.Index < e.Span.End))
            {
                continue;
            }

            urls.Add(new UrlHit(value, Host(value), new TextSpan(field, m.Index, value.Length, value)));
        }
    }

    private static string Host(string url)
    {
        var s = url;
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }

        var slash = s.IndexOfAny(['/', '?', '#']);
        if (slash >= 0)
        {
            s = s[..slash];
        }

        return s.ToLowerInvariant();
    }

    /// <summary>Handles after a service name ("Telegram: @lina_22", "WhatsApp +32 470 ...") and in profile URLs (t.me/lina_22).</summary>
    public static void Handles(string text, TextField field, IReadOnlyList<PhoneHit> phones, List<UrlHit> urls, List<HandleHit> handles)
    {
        foreach (Match m in ServiceRegex(text).Matches(text))
        {
            if (handles.Count >= MaxPerField)
            {
                return;
            }

            var service = Service(m.Groups["svc"].Value);
            var short_ = m.Length <= 2;
            var k = m.Index + m.Length;
            var punct = false;
            var at = false;
            var limit = Math.Min(text.Length, k + 8);
            while (k < limit && (text[k] is ' ' or ':' or '：' or '-' or '=' or '>' or '➡' or '→' or '\u00A0' || IsIdWord(text, k)))
            {
                if (IsIdWord(text, k))
                {
                    k += 2;
                    punct = true;
                    continue;
                }

                punct |= text[k] is not ' ' and not '\u00A0';
                k++;
            }

            if (k < text.Length && text[k] == '@')
            {
                at = true;
                k++;
            }

            if (short_ && !punct)
            {
                continue;
            }

            // Phone-based services: the number that follows is the account.
            if (service is "whatsapp" or "signal" or "viber" or "telegram" or "wechat" or "line")
            {
                var phone = PhoneAt(phones, field, k);
                if (phone is not null)
                {
                    handles.Add(new HandleHit(service, phone.Value.E164, new TextSpan(field, m.Index, phone.Value.End - m.Index, text[m.Index..phone.Value.End])));
                    continue;
                }
            }

            var e = k;
            if (string.Equals(service, "skype", StringComparison.Ordinal) && text.AsSpan(k).StartsWith("live:", StringComparison.OrdinalIgnoreCase))
            {
                e += 5;
            }

            while (e < text.Length && e - k < 40 && (char.IsAsciiLetterOrDigit(text[e]) || text[e] is '_' or '.' or '-'))
            {
                e++;
            }

            while (e > k && text[e - 1] is '.' or '-')
            {
                e--;
            }

            if (e - k < 2)
            {
                continue;
            }

            var user = text[k..e];
            var strongService = service is not ("line" or "signal" or "kik" or "skype" or "snapchat" or "sc" or "ig");
            var looksLikeHandle = user.AsSpan().IndexOfAny("0123456789_.") >= 0;
            if (at || punct || (strongService && looksLikeHandle))
            {
                handles.Add(new HandleHit(service, user.TrimStart('@'), new TextSpan(field, m.Index, e - m.Index, text[m.Index..e])));
            }
        }

        foreach (var u in urls)
        {
            if (u.Span.Field == field && FromUrl(u) is { } h && handles.Count < MaxPerField)
            {
                handles.Add(h);
            }
        }
    }

    private static bool IsIdWord(string text, int k) =>
        k + 1 < text.Length && (text[k] is 'i' or 'I') && (text[k + 1] is 'd' or 'D') && (k + 2 >= text.Length || !char.IsLetterOrDigit(text[k + 2]));

    private static (string E164, int End)? PhoneAt(IReadOnlyList<PhoneHit> phones, TextField field, int k)
    {
        foreach (var p in phones)
        {
            foreach (var s in p.Spans)
            {
                if (s.Field == field && s.Start >= k && s.Start - k <= 4)
                {
                    return (p.E164, s.End);
                }
            }
        }

        return null;
    }

    private static HandleHit? FromUrl(UrlHit u)
    {
        var host = u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host;
        var service = host switch
        {
            "t.me" or "telegram.me" => "telegram",
            "instagram.com" => "instagram",
            "onlyfans.com" => "onlyfans",
            "snapchat.com" => "snapchat",
            "wa.me" => "whatsapp",
            "kik.me" => "kik",
            "line.me" => "line",
            "twitter.com" or "x.com" => "twitter",
            "tiktok.com" => "tiktok",
            _ => null,
        };
        if (service is null)
        {
            return null;
        }

        var path = u.Url[(u.Url.IndexOf(host, StringComparison.OrdinalIgnoreCase) + host.Length)..].Trim('/');
        foreach (var prefix in new[] { "add/", "ti/p/~", "ti/p/", "@" })
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                path = path[prefix.Length..];
            }
        }

        var end = path.IndexOfAny(['/', '?', '#']);
        var user = (end >= 0 ? path[..end] : path).TrimStart('@', '~');
        return user.Length >= 2 ? new HandleHit(service, service == "whatsapp" ? "+" + user.TrimStart('+') : user, u.Span) : null;
    }

    private static string Service(string raw)
    {
        var s = raw.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        return s switch
        {
            "whatsapp" or "whatsap" or "watsapp" or "wapp" or "wa" => "whatsapp",
            "wechat" or "weixin" or "wx" or "vx" or "微信" => "wechat",
            "telegram" or "tg" => "telegram",
            "insta" or "instagram" or "ig" => "instagram",
            "snapchat" or "sc" => "snapchat",
            "onlyfans" => "onlyfans",
            _ => s,
        };
    }
}
