namespace Threadline.Money;

/// <summary>Why a file or a record was rejected.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">Line (1-based), when known.</param>
/// <param name="Element">Element, field or tag at fault (e.g. <c>Stmt/Ntry/Amt</c>, <c>:61:</c>, <c>amount</c>).</param>
/// <param name="Reason">What is wrong, in plain words (without the file and line, which are fields of their own).</param>
/// <param name="Excerpt">The start of the rejected record or value as read, when there is one (at most <see cref="MaxExcerpt"/> characters, control characters as spaces).</param>
public sealed record ImportIssue(string File, int? Line, string Element, string Reason, string? Excerpt = null)
{
    /// <summary>Longest excerpt kept.</summary>
    public const int MaxExcerpt = 120;

    /// <summary>A short, printable excerpt of rejected input.</summary>
    public static string ExcerptOf(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxExcerpt));
        foreach (var c in text)
        {
            if (builder.Length >= MaxExcerpt)
            {
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }

        return builder.ToString().Trim();
    }

    /// <inheritdoc/>
    public override string ToString() => Line is null ? $"{File}: {Element}: {Reason}" : $"{File}:{Line}: {Element}: {Reason}";
}
