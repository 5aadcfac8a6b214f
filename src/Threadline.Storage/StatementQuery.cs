namespace Threadline.Storage;

/// <summary>Filter for <see cref="IWorkspaceStore.ReadStatements"/>; null fields do not filter.</summary>
public sealed record StatementQuery
{
    public string? Schema { get; init; }

    public string? EntityId { get; init; }

    public IReadOnlyCollection<string>? EntityIds { get; init; }

    public string? Property { get; init; }

    public string? Producer { get; init; }

    public string? Source { get; init; }

    public static StatementQuery All { get; } = new();
}
