namespace Threadline.Money;

/// <summary>Why a file or a record was rejected.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">Line (1-based), when known.</param>
/// <param name="Element">Element, field or tag at fault (e.g. <c>Stmt/Ntry/Amt</c>, <c>:61:</c>, <c>amount</c>).</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record ImportIssue(string File, int? Line, string Element, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => Line is null ? $"{File}: {Element}: {Reason}" : $"{File}:{Line}: {Element}: {Reason}";
}
