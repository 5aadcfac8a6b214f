using System.Diagnostics.CodeAnalysis;

namespace Threadline.Security.Accounts;

/// <summary>The stored and typed names of <see cref="Role"/>.</summary>
public static class Roles
{
    private static readonly (Role Role, string Name)[] Names =
    [
        (Role.Analyst, "analyst"),
        (Role.FinancialInvestigator, "financial-investigator"),
        (Role.Supervisor, "supervisor"),
        (Role.Prosecutor, "prosecutor"),
        (Role.VictimSupport, "victim-support"),
        (Role.Auditor, "auditor"),
        (Role.Admin, "admin"),
    ];

    /// <summary>Every role's name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>The role's name.</summary>
    public static string Name(Role role) =>
        Names.FirstOrDefault(n => n.Role == role).Name ?? throw new ArgumentOutOfRangeException(nameof(role), role, "not a role");

    /// <summary>The role a name stands for (case-insensitive; <c>_</c> as <c>-</c>); false for anything else.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out Role? role)
    {
        var wanted = (name ?? string.Empty).Trim().Replace('_', '-');
        foreach (var (r, n) in Names)
        {
            if (string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }

        role = null;
        return false;
    }
}
