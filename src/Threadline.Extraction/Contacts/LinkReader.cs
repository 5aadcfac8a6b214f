using Threadline.Extraction.Phones;

namespace Threadline.Extraction.Contacts;

/// <summary>
/// Reads what a link to a messaging service points to (messaging-links.tsv): <c>wa.me/32470123456</c> → that phone,
/// <c>t.me/name</c> → telegram:name; group invites and opaque codes name no person and give no handle. A phone a link
/// gives that the phone finder missed is added to the ad's phones (technique <c>messaging_link</c>).
/// </summary>
internal sealed class LinkReader
{
    private readonly MessagingData _data;
    private readonly PhoneValidator _validator;

    public LinkReader(MessagingData data, PhoneValidator validator)
    {
        _data = data;
        _validator = validator;
    }

    public void Read(UrlHit url, string? country, List<PhoneHit> phones, List<HandleHit> handles, List<string> notes)
    {
        var link = LinkAddress.Parse(url.Url);
        string? rejected = null;
        foreach (var rule in _data.Links)
        {
            if (!rule.Schemes.Contains(link.Scheme) || !(rule.HostIsValue || rule.Hosts.Contains(link.Host)))
            {
                continue;
            }

            if (!TryValue(rule, link, out var value))
            {
                continue;
            }

            var service = _data.Services[rule.Service];
            switch (rule.Target)
            {
                case LinkTarget.Group or LinkTarget.Opaque:
                    return;
                case LinkTarget.Phone:
                    if (value is null || Phone(value, country) is not { } phone)
                    {
                        rejected ??= value;
                        continue;
                    }

                    handles.Add(new HandleHit(service.Id, phone.E164, url.Span));
                    if (!phones.Exists(p => string.Equals(p.E164, phone.E164, StringComparison.Ordinal)))
                    {
                        phones.Add(new PhoneHit(phone.E164, phone.Region, [url.Span], [phone.Form, PhoneTechniques.MessagingLink], [], false));
                    }

                    return;
                default:
                    var user = (value ?? string.Empty).TrimStart('@', '~');
                    if (!service.IsPlausibleUser(user) || _data.Reserved.Contains(user.ToLowerInvariant()))
                    {
                        rejected ??= user;
                        continue;
                    }

                    handles.Add(new HandleHit(service.Id, user, url.Span));
                    return;
            }
        }

        if (rejected is { Length: > 0 })
        {
            notes.Add(string.Concat("handle dropped: link ", url.Url, " points to \"", rejected, "\", not a plausible account"));
        }
    }

    private ValidatedPhone? Phone(string value, string? country)
    {
        Span<char> digits = stackalloc char[20];
        var n = 0;
        var plus = false;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length - 1)
                {
                    return null;
                }

                digits[++n] = c;
            }
            else if (c == '+' && n == 0)
            {
                plus = true;
            }
            else if (c is not ' ' and not '-' and not '.' and not '(' and not ')')
            {
                return null;
            }
        }

        if (n < 7)
        {
            return null;
        }

        // Links want the international form without '+' ("wa.me/32470…"); a national number is read in the ad's country.
        if (plus || digits[1] != '0')
        {
            digits[0] = '+';
            return _validator.Validate(digits[..(n + 1)], "ZZ");
        }

        var region = string.IsNullOrWhiteSpace(country) || country.Length != 2 ? "ZZ" : country.ToUpperInvariant();
        return _validator.Validate(digits[1..(n + 1)], region);
    }

    /// <summary>Whether the rule's path, query and fragment templates fit the link; <paramref name="value"/> is what {v} stood for.</summary>
    private static bool TryValue(LinkRule rule, LinkAddress link, out string? value)
    {
        value = rule.HostIsValue ? link.HostAsWritten : null;
        if (rule.Path is { } path && !MatchPath(path, link.Path, ref value))
        {
            return false;
        }

        if (rule.Query is { } key)
        {
            var q = link.QueryValue(key);
            if (string.IsNullOrEmpty(q))
            {
                return false;
            }

            value = q;
        }

        if (rule.Fragment is { } fragment)
        {
            var at = fragment.IndexOf(LinkRule.Value, StringComparison.Ordinal);
            var prefix = at < 0 ? fragment : fragment[..at];
            if (link.Fragment.Length <= prefix.Length || !link.Fragment.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (at >= 0)
            {
                value = link.Fragment[prefix.Length..];
            }
        }

        return true;
    }

    private static bool MatchPath(IReadOnlyList<string> template, IReadOnlyList<string> path, ref string? value)
    {
        var i = 0;
        foreach (var t in template)
        {
            if (t == "*")
            {
                return true;
            }

            if (i >= path.Count)
            {
                return false;
            }

            var at = t.IndexOf(LinkRule.Value, StringComparison.Ordinal);
            if (at < 0)
            {
                if (!string.Equals(t, path[i], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
            else
            {
                var prefix = t[..at];
                if (path[i].Length <= prefix.Length || !path[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    return false;
                }

                value = path[i][prefix.Length..];
            }

            i++;
        }

        return i == path.Count;
    }
}
