namespace Threadline.Storage;

/// <summary>Filter for <see cref="IWorkspaceStore.ReadStatements"/>; null fields do not filter.</summary>
public sealed record StatementQuery
{
    public string? Schema { get; init; }

    public string? EntityId { get; init; }

    public IReadOnlyCollection<string>? EntityIds { get; init; }

    public string? Property { get; init; }

    /// <summary>
    /// Any of these properties (with <see cref="Property"/> too: both must hold). A reader that needs a few properties
    /// of many entities names them here, so that the engine skips the others (an ad's text, its evidence) unread.
    /// </summary>
    public IReadOnlyCollection<string>? Properties { get; init; }

    public string? Producer { get; init; }

    public string? Source { get; init; }

    public static StatementQuery All { get; } = new();
}
