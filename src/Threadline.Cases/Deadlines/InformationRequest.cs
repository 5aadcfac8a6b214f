namespace Threadline.Cases.Deadlines;

/// <summary>
/// A request for information received by a Single Point of Contact under Directive (EU) 2023/977.
/// </summary>
/// <param name="Id">The request's reference.</param>
/// <param name="ReceivedAt">When the requested SPOC received it: the limits start at that moment (Art. 5(1)).</param>
/// <param name="RequestedTimeZone">IANA zone of the requested SPOC (calendar days are counted on its calendar).</param>
/// <param name="Urgent">An urgent request (Art. 4(4)).</param>
/// <param name="DirectlyAccessible">The information is directly accessible to the SPOC or competent authorities.</param>
/// <param name="NeedsJudicialAuthorisation">National law requires a judicial authorisation first (Art. 5(2) / Art. 9(3)).</param>
public sealed record InformationRequest(
    string Id,
    DateTimeOffset ReceivedAt,
    string RequestedTimeZone,
    bool Urgent,
    bool DirectlyAccessible,
    bool NeedsJudicialAuthorisation = false);
