using System.Diagnostics.CodeAnalysis;

namespace Threadline.Security.Audit;

/// <summary>The stored names of <see cref="AuditAction"/>: lower case, stable.</summary>
public static class AuditActions
{
    /// <summary>The action's stored name.</summary>
    public static string Name(AuditAction action) => action switch
    {
        AuditAction.Collection => "collection",
        AuditAction.Alteration => "alteration",
        AuditAction.Consultation => "consultation",
        AuditAction.Disclosure => "disclosure",
        AuditAction.Combination => "combination",
        AuditAction.Erasure => "erasure",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not an audit action"),
    };

    /// <summary>The action a stored name stands for; false for anything else.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out AuditAction? action)
    {
        action = name switch
        {
            "collection" => AuditAction.Collection,
            "alteration" => AuditAction.Alteration,
            "consultation" => AuditAction.Consultation,
            "disclosure" => AuditAction.Disclosure,
            "combination" => AuditAction.Combination,
            "erasure" => AuditAction.Erasure,
            _ => null,
        };
        return action is not null;
    }
}
