using Threadline.Cases.Deadlines;
using Threadline.Cases.Warrants;

namespace Threadline.Cases.Store;

public static partial class CaseCodec
{
    public static string Warrant(ArrestWarrant w) => Write(new WarrantDto(w.Id, w.Direction, w.IssuedOn, w.OtherState, w.PersonId, w.Execution, w.SurrenderedOn, w.RecordedBy, w.RecordedAt, Dto(w.Marking)));

    public static ArrestWarrant Warrant(CaseRecord record) => Read(record, r =>
    {
        var w = Parse<WarrantDto>(r);
        return new ArrestWarrant(w.Id, w.Direction, w.IssuedOn, w.OtherState, w.PersonId, w.Execution, w.SurrenderedOn, w.RecordedBy, w.RecordedAt, Of(w.Marking));
    });

    public static string Request(CaseInformationRequest q) => Write(new RequestDto(q.Request, q.Direction, q.Counterpart, q.Subject, q.AnsweredAt, q.RecordedBy, Dto(q.Marking)));

    public static CaseInformationRequest Request(CaseRecord record) => Read(record, r =>
    {
        var q = Parse<RequestDto>(r);
        return new CaseInformationRequest(q.Request ?? throw new FormatException("request missing"), q.Direction, q.Counterpart, q.Subject, q.AnsweredAt, q.RecordedBy, Of(q.Marking));
    });

    private sealed record WarrantDto(string Id, WarrantDirection Direction, DateOnly IssuedOn, string OtherState, string? PersonId, ArrestWarrantFacts? Execution, DateOnly? SurrenderedOn, string RecordedBy, DateTimeOffset RecordedAt, MarkingDto? Marking);

    private sealed record RequestDto(InformationRequest? Request, RequestDirection Direction, string Counterpart, string Subject, DateTimeOffset? AnsweredAt, string RecordedBy, MarkingDto? Marking);
}
