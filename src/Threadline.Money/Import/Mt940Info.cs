using System.Text.RegularExpressions;

namespace Threadline.Money.Import;

/// <summary>Counterparty and remittance text read from an MT940 <c>:86:</c> field.</summary>
internal sealed partial record Mt940Info(Party Party, IReadOnlyList<string> Remittance, string? EndToEnd)
{
    public static Mt940Info Parse(string? info)
    {
        if (string.IsNullOrWhiteSpace(info))
        {
            return new Mt940Info(Party.Empty, [], null);
        }

        var flat = info.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        if (flat.Contains("?2", StringComparison.Ordinal) || flat.Contains("?3", StringComparison.Ordinal))
        {
            return ParseGerman(flat);
        }

        if (flat.StartsWith('/') && (flat.Contains("/REMI/", StringComparison.Ordinal) || flat.Contains("/CNTP/", StringComparison.Ordinal) || flat.Contains("/NAME/", StringComparison.Ordinal)))
        {
            return ParseTagged(flat);
        }

        var lines = info.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new Mt940Info(Party.Empty, [string.Join(' ', lines)], null);
    }

    // German DFÜ format: ?20..?29 and ?60..?63 remittance, ?30 bank code, ?31 account, ?32/?33 name.
    private static Mt940Info ParseGerman(string flat)
    {
        var parts = SubfieldPattern().Matches(flat);
        var remittance = new List<string>();
        string? name = null, account = null, endToEnd = null;
        foreach (Match p in parts)
        {
            var key = p.Groups["k"].Value;
            var value = p.Groups["v"].Value.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (key is "32" or "33")
            {
                name = name is null ? value : name + value;
            }
            else if (key == "31")
            {
                account = value;
            }
            else if (key[0] == '2' || key[0] == '6')
            {
                if (value.StartsWith("EREF+", StringComparison.Ordinal))
                {
                    endToEnd = value[5..];
                }
                else
                {
                    remittance.Add(value.StartsWith("SVWZ+", StringComparison.Ordinal) ? value[5..] : value);
                }
            }
        }

        return new Mt940Info(MakeParty(name, account, null), remittance.Count == 0 ? [] : [string.Join(' ', remittance)], endToEnd);
    }

    // Dutch banks: /CNTP/account/bic/name/city/ /REMI/text/ /EREF/ref/ ; older: /IBAN/../NAME/../
    private static Mt940Info ParseTagged(string flat)
    {
        var tokens = flat.Split('/');
        string? name = null, account = null, city = null, endToEnd = null;
        var remittance = new List<string>();
        for (var i = 1; i < tokens.Length; i++)
        {
            string Next(int k) => i + k < tokens.Length ? tokens[i + k].Trim() : string.Empty;
            switch (tokens[i])
            {
                case "CNTP":
                    account = Next(1);
                    name = Next(3);
                    city = Next(4);
                    i += 4;
                    break;
                case "IBAN":
                    account = Next(1);
                    i++;
                    break;
                case "NAME":
                    name = Next(1);
                    i++;
                    break;
                case "REMI":
                    var text = Next(1);
                    if (text is "USTD" or "STRD")
                    {
                        text = Next(3).Length > 0 ? Next(3) : Next(2);
                        i += 2;
                    }

                    remittance.Add(text);
                    i++;
                    break;
                case "EREF":
                    endToEnd = Next(1);
                    i++;
                    break;
            }
        }

        return new Mt940Info(MakeParty(name, account, city), remittance.Where(r => r.Length > 0).ToList(), endToEnd is "NOTPROVIDED" or "" ? null : endToEnd);
    }

    private static Party MakeParty(string? name, string? account, string? city)
    {
        var iban = Iban.TryNormalize(account);
        var other = iban is null && !string.IsNullOrWhiteSpace(account) ? account.Trim() : null;
        return new Party(string.IsNullOrWhiteSpace(name) ? null : name.Trim(), iban, other, city is { Length: > 0 } ? [city] : [], null);
    }

    [GeneratedRegex(@"\?(?<k>\d\d)(?<v>[^?]*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubfieldPattern();
}
