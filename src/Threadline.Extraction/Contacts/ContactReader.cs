using System.Text.RegularExpressions;
using Threadline.Extraction.Text;

namespace Threadline.Extraction.Contacts;

/// <summary>E-mail addresses (plain and "name at domain dot com") and URLs, app links of messaging services included; handles are <see cref="HandleReader"/>'s.</summary>
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

    private const string UrlPattern = @"(?:https?://|www\.)[^\s<>""'()\[\]{}]{1,300}|\b(?:whatsapp|tg|viber|sgnl|weixin|line)://[^\s<>""'()\[\]{}]{1,300}|\bskype:[A-Za-z0-9._:\-]{2,64}\?(?:chat|call|add|userinfo)\b|\b[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,3}\.(?:com|net|org|be|nl|fr|es|de|it|eu|ch|at|uk|info|me|ly|ru|cn|io|example)\b(?:/[^\s<>""']{0,200})?";

    [GeneratedRegex(UrlPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout)]
    private static partial Regex UrlTimed();

    [GeneratedRegex(UrlPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlUntimed();

    /// <summary>Untimed on text up to <see cref="InputGuard.UntimedPatternChars"/> (bounded quantifiers only: the worst case is bounded), timed beyond.</summary>
    internal static Regex UrlRegex(string text) => text.Length <= InputGuard.UntimedPatternChars ? UrlUntimed() : UrlTimed();

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

            // "Book her at wa.me/+32…", "text me at t.me/lina": a host with a path after it is a link, not "name at domain dot tld".
            var end = m.Index + m.Length;
            if (end < text.Length && text[end] is '/' or '?' or '#')
            {
                continue;
            }

            emails.Add(new EmailHit(address, true, new TextSpan(field, m.Index, m.Length, m.Value)));
        }
    }

    public static void Urls(string text, TextField field, List<EmailHit> emails, List<UrlHit> urls)
    {
        if (!text.Contains('.') && !text.Contains("://", StringComparison.Ordinal) && !text.Contains("skype:", StringComparison.OrdinalIgnoreCase))
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
        else if (s.StartsWith("skype:", StringComparison.OrdinalIgnoreCase))
        {
            return "skype";
        }

        var slash = s.IndexOfAny(['/', '?', '#']);
        if (slash >= 0)
        {
            s = s[..slash];
        }

        return s.ToLowerInvariant();
    }
}
