using System.Text;
using System.Text.RegularExpressions;
using Threadline.Extraction.Data;

namespace Threadline.Extraction.Contacts;

/// <summary>
/// The messaging services (messaging-services.tsv) and their link shapes (messaging-links.tsv), with the pattern that
/// finds service names in text and the words that are never a handle (schemes, hosts, path words).
/// </summary>
internal sealed class MessagingData
{
    private const int Timeout = 250;

    private MessagingData(Dictionary<string, MessagingService> services, Dictionary<string, string> names, HashSet<string> shortNames, LinkRule[] links, HashSet<string> reserved, string pattern)
    {
        Services = services;
        NameToService = names;
        ShortNames = shortNames;
        Links = links;
        Reserved = reserved;
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
        NameRegexUntimed = new Regex(pattern, options);
        NameRegexTimed = new Regex(pattern, options, TimeSpan.FromMilliseconds(Timeout));
    }

    public Dictionary<string, MessagingService> Services { get; }

    /// <summary>A service name as written, folded (lower case, spaces removed), to its service id.</summary>
    public Dictionary<string, string> NameToService { get; }

    /// <summary>Folded short names ("wa", "tg"): they count only with ':', '@', '=' or "ID" after them.</summary>
    public HashSet<string> ShortNames { get; }

    /// <summary>Link shapes in file order (the first match wins).</summary>
    public LinkRule[] Links { get; }

    /// <summary>Lower-case words that are never a handle: schemes, link hosts and their labels, path words.</summary>
    public HashSet<string> Reserved { get; }

    /// <summary>Service names (group "svc"); bounded, so untimed on short fields (see InputGuard.UntimedPatternChars).</summary>
    public Regex NameRegexUntimed { get; }

    public Regex NameRegexTimed { get; }

    /// <summary>Untimed on text up to <see cref="Text.InputGuard.UntimedPatternChars"/> (a plain alternation of words: linear), timed beyond.</summary>
    public Regex NameRegex(string text) => text.Length <= Text.InputGuard.UntimedPatternChars ? NameRegexUntimed : NameRegexTimed;

    /// <summary>Folds a service name as written: lower case, no spaces.</summary>
    public static string Fold(string name) => name.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);

    public static MessagingData Load()
    {
        var services = new Dictionary<string, MessagingService>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var shortNames = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<string>();
        foreach (var f in ExtractionData.Rows("messaging-services.tsv"))
        {
            if (f.Length < 6)
            {
                throw new InvalidDataException("messaging-services.tsv: a row needs 6 columns: " + string.Join(' ', f));
            }

            var account = f[1] switch
            {
                "phone" => AccountKind.Phone,
                "user" => AccountKind.User,
                "both" => AccountKind.Both,
                _ => throw new InvalidDataException("messaging-services.tsv: unknown account kind " + f[1]),
            };
            var shape = f[5] == "-" ? null : new Regex("^(?:" + f[5] + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(Timeout));
            services[f[0]] = new MessagingService(f[0], account, string.Equals(f[2], "weak", StringComparison.Ordinal), shape);
            foreach (var n in f[3].Split('|', StringSplitOptions.RemoveEmptyEntries).Append(f[0]))
            {
                names[Fold(n)] = f[0];
                written.Add(n);
            }

            if (f[4] != "-")
            {
                foreach (var n in f[4].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    names[Fold(n)] = f[0];
                    shortNames.Add(Fold(n));
                    written.Add(n);
                }
            }
        }

        var links = new List<LinkRule>();
        var reserved = new HashSet<string>(StringComparer.Ordinal) { "http", "https", "www", "web" };
        foreach (var f in ExtractionData.Rows("messaging-links.tsv"))
        {
            if (f.Length < 7 || !services.ContainsKey(f[0]))
            {
                throw new InvalidDataException("messaging-links.tsv: a row needs 7 columns and a known service: " + string.Join(' ', f));
            }

            var rule = new LinkRule(
                f[0],
                f[1].Split('|').Select(x => x.ToLowerInvariant()).ToArray(),
                f[2] == LinkRule.Value ? [] : f[2].Split('|').Select(x => x.ToLowerInvariant()).ToArray(),
                f[3] == "-" ? null : f[3].Split('/', StringSplitOptions.RemoveEmptyEntries),
                f[4] == "-" ? null : f[4],
                f[5] == "-" ? null : f[5],
                f[6] switch
                {
                    "phone" => LinkTarget.Phone,
                    "user" => LinkTarget.User,
                    "group" => LinkTarget.Group,
                    "opaque" => LinkTarget.Opaque,
                    _ => throw new InvalidDataException("messaging-links.tsv: unknown target " + f[6]),
                });
            links.Add(rule);
            foreach (var scheme in rule.Schemes.Where(s => s != "web"))
            {
                reserved.Add(scheme);
            }

            foreach (var host in rule.Hosts)
            {
                reserved.Add(host);
                foreach (var label in host.Split('.'))
                {
                    reserved.Add(label);
                }
            }

            foreach (var segment in rule.Path ?? [])
            {
                if (!segment.Contains('{', StringComparison.Ordinal) && segment != "*")
                {
                    reserved.Add(segment.ToLowerInvariant());
                }
            }

            if (rule.Query is not null)
            {
                reserved.Add(rule.Query.ToLowerInvariant());
            }
        }

        return new MessagingData(services, names, shortNames, [.. links], reserved, NamePattern(written));
    }

    /// <summary>One alternation of every name, longest first; a space in a name is an optional space; word boundaries except for CJK names.</summary>
    private static string NamePattern(List<string> written)
    {
        var ordered = written.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();
        var words = new StringBuilder();
        var cjk = new StringBuilder();
        foreach (var n in ordered)
        {
            var target = n.Any(c => c >= '\u3000') ? cjk : words;
            if (target.Length > 0)
            {
                target.Append('|');
            }

            target.Append(string.Join(@"\s?", n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        }

        var pattern = @"\b(?<svc>" + words + @")\b";
        return cjk.Length > 0 ? pattern + "|(?<svc>" + cjk + ")" : pattern;
    }
}
