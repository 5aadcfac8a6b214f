using Threadline.Extraction.Phones;

namespace Threadline.Extraction.Contacts;

/// <summary>
/// Messaging and social handles: after a service name ("Telegram: @lina_rose", "WhatsApp +32 470 …") and in links to
/// the service (<see cref="LinkReader"/>). A scheme, host or path word is never a handle; a value that does not have
/// the shape of the service's accounts is dropped with a note.
/// </summary>
internal sealed class HandleReader
{
    private const int MaxPerField = 32;
    private const int MaxValueChars = 40;
    private readonly MessagingData _data;
    private readonly LinkReader _links;

    public HandleReader(MessagingData data, PhoneValidator validator)
    {
        _data = data;
        _links = new LinkReader(data, validator);
    }

    /// <summary>Reads the handles of one field; phone-based handles carry the E.164 of the number written after the name or in the link.</summary>
    public void Read(string text, TextField field, string? country, List<PhoneHit> phones, List<UrlHit> urls, List<HandleHit> handles, List<string> notes)
    {
        foreach (System.Text.RegularExpressions.Match m in _data.NameRegex(text).Matches(text))
        {
            if (handles.Count >= MaxPerField)
            {
                return;
            }

            // "api.whatsapp.com/send?…", "instagram.com/lina": the link is read whole below.
            if (InUrl(urls, field, m.Index))
            {
                continue;
            }

            var folded = MessagingData.Fold(m.Groups["svc"].Value);
            var service = _data.Services[_data.NameToService[folded]];
            ReadAfterName(text, field, m.Index, m.Index + m.Length, service, _data.ShortNames.Contains(folded), phones, urls, handles, notes);
        }

        foreach (var u in urls)
        {
            if (u.Span.Field == field && handles.Count < MaxPerField)
            {
                _links.Read(u, country, phones, handles, notes);
            }
        }
    }

    private void ReadAfterName(string text, TextField field, int start, int k, MessagingService service, bool shortName, List<PhoneHit> phones, List<UrlHit> urls, List<HandleHit> handles, List<string> notes)
    {
        var punct = false;
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

        var at = k < text.Length && text[k] == '@';
        if (at)
        {
            k++;
        }

        if (shortName && !punct && !at)
        {
            return;
        }

        if (service.TakesPhone && PhoneAt(phones, field, k) is { } phone)
        {
            handles.Add(new HandleHit(service.Id, phone.E164, new TextSpan(field, start, phone.End - start, text[start..phone.End])));
            return;
        }

        // "WhatsApp: wa.me/3247…", "Telegram https://t.me/…": the link says what the account is.
        if (InUrl(urls, field, k))
        {
            return;
        }

        var e = k;
        if (string.Equals(service.Id, "skype", StringComparison.Ordinal) && text.AsSpan(k).StartsWith("live:", StringComparison.OrdinalIgnoreCase))
        {
            e += 5;
        }

        while (e < text.Length && e - k < MaxValueChars && (char.IsAsciiLetterOrDigit(text[e]) || text[e] is '_' or '.' or '-'))
        {
            e++;
        }

        while (e > k && text[e - 1] is '.' or '-')
        {
            e--;
        }

        if (e - k < 2)
        {
            return;
        }

        var user = text[k..e];
        var looksLikeHandle = user.AsSpan().IndexOfAny("0123456789_.") >= 0;
        if (!(at || punct || (!service.Weak && looksLikeHandle)))
        {
            return;
        }

        if (_data.Reserved.Contains(user.ToLowerInvariant()))
        {
            notes.Add(string.Concat("handle dropped: \"", user, "\" after ", service.Id, " is a link word, not an account"));
            return;
        }

        if (!service.TakesUser)
        {
            // "WhatsApp 24/7": a number the phone finder did not accept is no account either; a word is noted.
            if (user.Any(char.IsAsciiLetter))
            {
                notes.Add(string.Concat("handle dropped: \"", user, "\" after ", service.Id, ": its accounts are phone numbers"));
            }

            return;
        }

        if (!service.IsPlausibleUser(user))
        {
            notes.Add(string.Concat("handle dropped: \"", user, "\" is not a plausible ", service.Id, " user name"));
            return;
        }

        handles.Add(new HandleHit(service.Id, user, new TextSpan(field, start, e - start, text[start..e])));
    }

    private static bool InUrl(List<UrlHit> urls, TextField field, int index)
    {
        foreach (var u in urls)
        {
            if (u.Span.Field == field && index >= u.Span.Start && index < u.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdWord(string text, int k) =>
        k + 1 < text.Length && (text[k] is 'i' or 'I') && (text[k + 1] is 'd' or 'D') && (k + 2 >= text.Length || !char.IsLetterOrDigit(text[k + 2]));

    private static (string E164, int End)? PhoneAt(List<PhoneHit> phones, TextField field, int k)
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
}
