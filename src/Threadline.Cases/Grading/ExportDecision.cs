namespace Threadline.Cases.Grading;

/// <summary>Whether one item may go to an export, and why (shown to the person exporting).</summary>
public sealed record ExportDecision(bool Included, string Reason);
