using Threadline.Cases.Deadlines;
using Threadline.Cases.Grading;
using Threadline.Cases.Model;

namespace Threadline.Cases.Warrants;

/// <summary>
/// A request for information between police services (Directive (EU) 2023/977) held by a case: sent or received, to or
/// from whom, about what, and when answered. The limit is computed by <see cref="InformationRequestDeadlines"/>.
/// </summary>
public sealed record CaseInformationRequest : IMarked
{
    public CaseInformationRequest(InformationRequest request, RequestDirection direction, string counterpart, string subject, DateTimeOffset? answeredAt, string recordedBy, Marking marking)
    {
        ArgumentNullException.ThrowIfNull(request);
        _ = Text.Id(request.Id, "request id");
        _ = TimeZones.Find(request.RequestedTimeZone);
        Request = request with { ReceivedAt = request.ReceivedAt.ToUniversalTime() };
        Direction = Enum.IsDefined(direction) ? direction : throw new ArgumentOutOfRangeException(nameof(direction), direction, "sent or received");
        Counterpart = Text.Required(counterpart, "request counterpart", Text.NameLength);
        Subject = Text.Required(subject, "request subject", 2000);
        if (answeredAt < request.ReceivedAt)
        {
            throw new ArgumentException($"request {request.Id}: answered before it was received", nameof(answeredAt));
        }

        AnsweredAt = answeredAt?.ToUniversalTime();
        RecordedBy = Text.Id(recordedBy, "recorded by");
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
    }

    public InformationRequest Request { get; }

    public string Id => Request.Id;

    public RequestDirection Direction { get; }

    /// <summary>The other Single Point of Contact or service (requested or requesting).</summary>
    public string Counterpart { get; }

    public string Subject { get; }

    public DateTimeOffset? AnsweredAt { get; }

    public string RecordedBy { get; }

    public Marking Marking { get; }

    /// <summary>The answer limit, keyed by this request, met when answered.</summary>
    public Deadline Deadline()
    {
        var d = InformationRequestDeadlines.Compute(Request);
        var who = Direction == RequestDirection.Received ? "answer" : "expect the answer from " + Counterpart;
        return d with { Key = $"request.{Id}", Label = $"request {Id}: {who} ({d.Label})", MetAt = AnsweredAt };
    }
}
