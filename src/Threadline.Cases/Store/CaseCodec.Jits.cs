using System.Collections.Immutable;
using Threadline.Cases.Deadlines;

namespace Threadline.Cases.Store;

public static partial class CaseCodec
{
    public static string Jit(CaseJit j) => Write(new JitDto(
        j.Id, j.Team.Name, j.Team.TimeZoneId, j.Team.SignedOn, j.Team.EndsOn, j.Team.ExtensionNoticeDays,
        [.. j.Team.Milestones.Select(m => new MilestoneDto(m.Label, m.Day))], j.RecordedBy, j.RecordedAt, Dto(j.Marking)));

    public static CaseJit Jit(CaseRecord record) => Read(record, r =>
    {
        var j = Parse<JitDto>(r);
        var milestones = (j.Milestones ?? []).Select(m => (m.Label, m.Day)).ToImmutableArray();
        return new CaseJit(j.Id, new JointInvestigationTeam(j.Name, j.TimeZoneId, j.SignedOn, j.EndsOn, j.ExtensionNoticeDays, milestones), j.RecordedBy, j.RecordedAt, Of(j.Marking));
    });

    private sealed record JitDto(string Id, string Name, string TimeZoneId, DateOnly SignedOn, DateOnly EndsOn, int ExtensionNoticeDays, MilestoneDto[]? Milestones, string RecordedBy, DateTimeOffset RecordedAt, MarkingDto? Marking);

    private sealed record MilestoneDto(string Label, DateOnly Day);
}
