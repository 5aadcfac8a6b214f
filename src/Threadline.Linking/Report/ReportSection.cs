namespace Threadline.Linking;

/// <summary>
/// A further section of the report supplied by the caller (for example the money view): a titled
/// table of plain text. Every cell is HTML-escaped when rendered, so callers never write markup.
/// </summary>
/// <param name="Id">Anchor id (letters, digits and dashes).</param>
/// <param name="Title">Heading.</param>
/// <param name="Note">A line of explanation under the heading, or null.</param>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Rows of cells, as plain text.</param>
public sealed record ReportSection(string Id, string Title, string? Note, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
