using Threadline.Cases.Deadlines;
using Threadline.Cases.Grading;

namespace Threadline.Cases.Store;

/// <summary>
/// A Joint Investigation Team as a case records it: an id in the case, the team's agreement (period, extension notice,
/// milestones), who recorded this version and when, and its grading and handling.
/// </summary>
public sealed record CaseJit : IMarked
{
    /// <summary>Longest JIT id.</summary>
    public const int MaxId = 64;

    public CaseJit(string id, JointInvestigationTeam team, string recordedBy, DateTimeOffset recordedAt, Marking marking)
    {
        Id = Model.Text.Id(id, nameof(id));
        Team = team ?? throw new ArgumentNullException(nameof(team));
        if (string.IsNullOrWhiteSpace(team.Name) || team.Name.Length > 200 || team.Name.Any(char.IsControl))
        {
            throw new ArgumentException("the JIT's name must have 1-200 characters and no control characters", "name");
        }

        // Computing the limits checks the period, the notice, the milestones and the zone.
        _ = team.Deadlines();
        RecordedBy = Model.Text.Id(recordedBy, nameof(recordedBy));
        RecordedAt = recordedAt.ToUniversalTime();
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
    }

    public string Id { get; }

    public JointInvestigationTeam Team { get; }

    public string RecordedBy { get; }

    public DateTimeOffset RecordedAt { get; }

    public Marking Marking { get; }

    /// <summary>The JIT's limits keyed <c>jit.ID.…</c>.</summary>
    public IReadOnlyList<Deadline> Deadlines() =>
        Team.Deadlines().Select(d => d with { Key = "jit." + Id + d.Key["jit".Length..] }).ToList();
}
