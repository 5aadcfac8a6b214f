namespace Threadline.Application.Queries.Ads;

/// <summary>Cuts a text into <see cref="TextSegment"/>s at the edges of the findings' spans in it.</summary>
internal static class TextMarks
{
    /// <summary>
    /// The segments of <paramref name="text"/>. A span is placed where its offsets say when the text there is the span's
    /// text; else (the span came from another version of the ad) at the first place the span's text occurs; else not at all.
    /// </summary>
    public static List<TextSegment> Cut(string? text, string field, IReadOnlyList<AdFinding> findings)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var cover = new List<int>[text.Length + 1];
        var edges = new SortedSet<int> { 0, text.Length };
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (!string.Equals(f.Field, field, StringComparison.Ordinal) || f.Text is not { Length: > 0 } spanText)
            {
                continue;
            }

            var start = f.Start is { } s && f.Length is { } l && s >= 0 && l == spanText.Length && s + l <= text.Length && text.AsSpan(s, l).SequenceEqual(spanText)
                ? s
                : text.IndexOf(spanText, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var end = start + spanText.Length;
            edges.Add(start);
            edges.Add(end);
            for (var p = start; p < end; p++)
            {
                (cover[p] ??= []).Add(i);
            }
        }

        var segments = new List<TextSegment>();
        var list = edges.ToList();
        for (var k = 0; k + 1 < list.Count; k++)
        {
            var (a, b) = (list[k], list[k + 1]);
            if (b <= a)
            {
                continue;
            }

            var covering = cover[a] is { } c ? c.Distinct().Order().ToList() : [];
            segments.Add(new TextSegment(text[a..b], covering.Count == 0 ? null : findings[covering[0]].Kind, covering));
        }

        return segments;
    }
}
