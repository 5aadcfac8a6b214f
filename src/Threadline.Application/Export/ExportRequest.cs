namespace Threadline.Application.Export;

/// <summary>What to export and how.</summary>
/// <param name="Format">The file format.</param>
/// <param name="Scope">Which entities.</param>
/// <param name="Dataset">The FollowTheMoney dataset name values are filed under (lower-case letters, digits and <c>_</c>).</param>
/// <param name="WithStatements">For <see cref="ExportFormat.Workspace"/>: add each value's provenance.</param>
public sealed record ExportRequest(ExportFormat Format, ExportScope Scope, string Dataset = ExportRequest.DefaultDataset, bool WithStatements = false)
{
    public const string DefaultDataset = "threadline";
}
