namespace Threadline.Application.Export;

/// <summary>What an export covers: the whole workspace, one network lead with what ties to it, or some entity types.</summary>
public sealed record ExportScope
{
    private ExportScope(ExportScopeKind kind, string? networkId, IReadOnlyList<string> types)
    {
        Kind = kind;
        NetworkId = networkId;
        Types = types;
    }

    public ExportScopeKind Kind { get; }

    /// <summary>The network lead, for <see cref="ExportScopeKind.Network"/>.</summary>
    public string? NetworkId { get; }

    /// <summary>Threadline entity types (schema names), for <see cref="ExportScopeKind.Types"/>.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>Every entity of the workspace.</summary>
    public static ExportScope Workspace { get; } = new(ExportScopeKind.Workspace, null, []);

    /// <summary>
    /// One network lead: its personas and their ads, handles and photos, the bookings tied to it with their bookers, the
    /// accounts tied to it with their holders, and the payments to or from those accounts with the other side's account.
    /// </summary>
    public static ExportScope Network(string networkId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(networkId);
        return new(ExportScopeKind.Network, networkId.Trim(), []);
    }

    /// <summary>Entities of these Threadline types; a reference to an entity outside them is left out.</summary>
    public static ExportScope OfTypes(IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var list = types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? Workspace : new(ExportScopeKind.Types, null, list);
    }
}

/// <summary>The kinds of <see cref="ExportScope"/>.</summary>
public enum ExportScopeKind
{
    Workspace,
    Network,
    Types,
}
