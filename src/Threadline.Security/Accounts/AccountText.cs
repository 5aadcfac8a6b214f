using System.Globalization;

namespace Threadline.Security.Accounts;

/// <summary>How engines store an account's roles and times as text, the same in every engine.</summary>
public static class AccountText
{
    /// <summary>Roles as comma-separated names, in role order.</summary>
    public static string RolesText(IEnumerable<Role> roles) => string.Join(',', roles.Distinct().Order().Select(Roles.Name));

    /// <summary>Roles from their stored text.</summary>
    /// <exception cref="FormatException">A name that is not a role.</exception>
    public static IReadOnlySet<Role> ParseRoles(string text)
    {
        var roles = new HashSet<Role>();
        foreach (var name in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            roles.Add(Roles.TryParse(name, out var role) ? role.Value : throw new FormatException($"'{name}' is not a role"));
        }

        return roles;
    }

    /// <summary>A time as stored: UTC ISO 8601 with milliseconds.</summary>
    public static string Time(DateTimeOffset at) => Audit.AuditHash.Time(at);

    /// <summary>A stored time.</summary>
    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
