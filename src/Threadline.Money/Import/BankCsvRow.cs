namespace Threadline.Money.Import;

/// <summary>One data row of a bank CSV file: its fields and the header's columns, or why it cannot be read ("element: reason").</summary>
/// <param name="Line">The line it starts on.</param>
/// <param name="Fields">Its fields, decoded (empty when it could not be split).</param>
/// <param name="Columns">Where each field is.</param>
/// <param name="Text">The start of the record as text, for the excerpt.</param>
/// <param name="Problem">Why the record cannot be read at all, or null.</param>
internal readonly record struct BankCsvRow(int Line, List<string> Fields, BankCsvColumns Columns, string Text, string? Problem);
