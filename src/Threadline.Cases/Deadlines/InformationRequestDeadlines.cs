namespace Threadline.Cases.Deadlines;

/// <summary>
/// Time limits of Directive (EU) 2023/977 on information exchange between law enforcement authorities, Art. 5(1):
/// (a) 8 hours for urgent requests on directly accessible information; (b) 3 calendar days for urgent requests on
/// indirectly accessible information; (c) 7 calendar days for all other requests; all from the moment the request is
/// received. Hours are elapsed time (nights and weekends count); days are calendar days, not working days, so the
/// limit falls at the same clock time 3 or 7 days later on the requested SPOC's calendar. Art. 5(2): where a judicial
/// authorisation is needed the requested state may deviate as far as needed to obtain it, but must inform the
/// requesting SPOC at once of the expected delay and its reasons.
/// </summary>
public static class InformationRequestDeadlines
{
    /// <summary>Computes the limit for <paramref name="request"/>.</summary>
    public static Deadline Compute(InformationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var zone = TimeZones.Find(request.RequestedTimeZone);
        var note = request.NeedsJudicialAuthorisation
            ? "A judicial authorisation is needed: the limit may be exceeded as far as needed to obtain it, but the requesting SPOC must be told at once of the expected delay and why, and kept informed (Art. 5(2))."
            : null;
        var key = $"info-request.{request.Id}";
        if (request.Urgent && request.DirectlyAccessible)
        {
            return new Deadline(key, "answer urgent request (directly accessible information)", "Directive (EU) 2023/977 Art. 5(1)(a)",
                request.ReceivedAt.ToUniversalTime().AddHours(8), null, zone.Id, TimeSpan.FromHours(2), note);
        }

        var (days, label, reference) = request.Urgent
            ? (3, "answer urgent request (indirectly accessible information)", "Directive (EU) 2023/977 Art. 5(1)(b)")
            : (7, "answer request", "Directive (EU) 2023/977 Art. 5(1)(c)");
        var local = TimeZones.InZone(request.ReceivedAt, zone);
        var dueDay = DateOnly.FromDateTime(local.DateTime).AddDays(days);
        var due = TimeZones.ToInstant(dueDay, TimeOnly.FromDateTime(local.DateTime), zone);
        return new Deadline(key, label, reference, due, dueDay, zone.Id, request.Urgent ? TimeSpan.FromHours(12) : TimeSpan.FromDays(2), note);
    }
}
