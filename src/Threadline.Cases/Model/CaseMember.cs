namespace Threadline.Cases.Model;

/// <summary>A user who belongs to a case, with the roles held in it.</summary>
public sealed record CaseMember
{
    public CaseMember(string userId, CaseRole role)
    {
        UserId = Text.Id(userId, nameof(userId));
        Role = Enum.IsDefined(role) ? role : throw new ArgumentOutOfRangeException(nameof(role), role, "unknown case role");
    }

    public string UserId { get; }

    public CaseRole Role { get; }
}
