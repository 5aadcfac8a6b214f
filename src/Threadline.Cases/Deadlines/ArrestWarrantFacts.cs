namespace Threadline.Cases.Deadlines;

/// <summary>
/// What has happened in the execution of a European Arrest Warrant, as dates in the executing state.
/// </summary>
/// <param name="ExecutingTimeZone">IANA zone of the executing judicial authority (it is the one bound by the limits).</param>
/// <param name="ArrestedOn">Day of arrest.</param>
/// <param name="ConsentedOn">Day the person consented to surrender (Art. 13), or null.</param>
/// <param name="DecisionExtended">The executing authority informed the issuing authority that it extends the decision limit by 30 days (Art. 17(4)).</param>
/// <param name="FinalDecisionOn">Day of the final decision on execution, or null.</param>
/// <param name="NewSurrenderDateAgreed">New date agreed after surrender was prevented by circumstances beyond the states' control (Art. 23(3)), or null.</param>
/// <param name="HumanitarianPostponementEndedOn">Date agreed once the serious humanitarian grounds for postponement ceased (Art. 23(4)), or null.</param>
public sealed record ArrestWarrantFacts(
    string ExecutingTimeZone,
    DateOnly ArrestedOn,
    DateOnly? ConsentedOn = null,
    bool DecisionExtended = false,
    DateOnly? FinalDecisionOn = null,
    DateOnly? NewSurrenderDateAgreed = null,
    DateOnly? HumanitarianPostponementEndedOn = null);
