using System.Globalization;
using Threadline.Core.Text;
using Threadline.Ingest.Pipeline;

namespace Threadline.Ingest.Ads;

/// <summary>
/// Validates the fields of one record against docs/formats.md and builds an <see cref="AdRecord"/>,
/// or says in one sentence why not. Shared by the three readers so they accept exactly the same records.
/// <para>
/// A record is rejected only when it has no identity (a usable <c>site</c>, and <c>ad_id</c> or
/// <c>url</c>) or no content (a usable <c>title</c> or <c>body</c>), or is over a limit. Any other value
/// that cannot be read (a date, a country, images, a field of the wrong JSON type) is left out of the
/// ad, and <see cref="AdRecord.DroppedValues"/> says which and why, for the quarantine file.
/// </para>
/// </summary>
internal static class AdRecordBuilder
{
    private const string KeptWithout = "; the ad is kept without this value";

    public static (AdRecord? Ad, string? Reason) Build(IReadOnlyList<RawField> fields, string file, long line, AdReaderLimits limits)
    {
        if (fields.Count > limits.MaxFields)
        {
            return (null, Invariant($"more than {limits.MaxFields} fields"));
        }

        var draft = new AdDraft(limits.MaxImages);
        var problems = new List<(string Reason, string Value)>();
        var unreadableContent = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = field.Name.Trim().ToLowerInvariant();
            var identity = !field.ForceRaw && IsIdentity(name);
            if (name.Contains('\0', StringComparison.Ordinal))
            {
                problems.Add(("a field name holds a NUL character; the ad is kept without that field", field.Text));
                continue;
            }

            if (!seen.Add((field.ForceRaw ? "raw:" : string.Empty) + name))
            {
                if (identity)
                {
                    return (null, $"field '{name}' appears twice");
                }

                problems.Add(($"field '{name}' appears twice; the ad is kept with the first value", field.Text));
                continue;
            }

            if (field.Kind == RawKind.String && string.IsNullOrWhiteSpace(field.Text))
            {
                continue;
            }

            if (draft.Set(name, field) is not { } problem)
            {
                continue;
            }

            if (identity)
            {
                return (null, problem.Reason);
            }

            if (name is "title" or "body")
            {
                unreadableContent.Add(problem.Reason);
            }

            problems.Add((problem.Reason + (problem.ValueKept ? string.Empty : KeptWithout), field.Text));
        }

        if (Missing(draft, unreadableContent) is { } missing)
        {
            return (null, missing);
        }

        var dropped = problems
            .Select(p => new Rejection(file, line, p.Reason, Excerpts.FromText(p.Value, limits.ExcerptChars)) { Kept = true })
            .ToList();
        var ad = new AdRecord(
            draft.Site!.ToLowerInvariant(), draft.AdId, draft.Url, draft.PostedAt, draft.City, draft.Country, draft.Title, draft.Body,
            draft.Phone, draft.Images, draft.Extras, file, line)
        {
            DroppedValues = dropped,
        };
        return (ad, null);
    }

    /// <summary>Why the record lacks an identity or content, or null when it has both.</summary>
    private static string? Missing(AdDraft draft, List<string> unreadableContent)
    {
        var missing = new List<string>(3);
        if (draft.Site is null)
        {
            missing.Add("site");
        }

        if (draft.AdId is null && draft.Url is null)
        {
            missing.Add("ad_id or url");
        }

        if (draft.Title is null && draft.Body is null)
        {
            if (missing.Count == 0 && unreadableContent.Count > 0)
            {
                return string.Join("; ", unreadableContent);
            }

            missing.Add("title or body");
        }

        return missing.Count == 0 ? null : "missing required field" + (missing.Count > 1 ? "s: " : ": ") + string.Join(", ", missing);
    }

    private static bool IsIdentity(string name) => name is "site" or "ad_id" or "url";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
