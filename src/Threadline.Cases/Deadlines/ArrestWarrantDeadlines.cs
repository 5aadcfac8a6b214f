namespace Threadline.Cases.Deadlines;

/// <summary>
/// Time limits of Council Framework Decision 2002/584/JHA on the European Arrest Warrant.
/// <list type="bullet">
/// <item>Art. 17(2): with consent, the final decision within 10 days after consent was given.</item>
/// <item>Art. 17(3): otherwise within 60 days after arrest.</item>
/// <item>Art. 17(4): where a limit cannot be kept, the executing authority informs the issuing authority at once,
/// with reasons, and the limit is extended by a further 30 days.</item>
/// <item>Art. 23(2): surrender no later than 10 days after the final decision.</item>
/// <item>Art. 23(3): if prevented by circumstances beyond the control of any Member State, a new date is agreed and
/// surrender is within 10 days of it.</item>
/// <item>Art. 23(4): a postponement for serious humanitarian reasons ends when the grounds cease; surrender within
/// 10 days of the new date agreed.</item>
/// <item>Art. 23(5): when these limits expire and the person is still in custody, he or she is released.</item>
/// </list>
/// Days are counted as in Regulation 1182/71 (the day of the event is not counted; the period ends at the end of its
/// last day; Saturdays, Sundays and holidays are counted). Whether a last day falling on a holiday moves to the next
/// working day depends on national transposition and is not applied here.
/// </summary>
public static class ArrestWarrantDeadlines
{
    /// <summary>Default warning window for EAW limits.</summary>
    public static readonly TimeSpan WarnBefore = TimeSpan.FromDays(3);

    /// <summary>Computes the limits that follow from <paramref name="facts"/>.</summary>
    public static IReadOnlyList<Deadline> Compute(ArrestWarrantFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var zone = TimeZones.Find(facts.ExecutingTimeZone);
        Check(facts);
        var result = new List<Deadline>();

        DateOnly decisionDay;
        string reference;
        string label;
        if (facts.ConsentedOn is { } consent)
        {
            decisionDay = consent.AddDays(10);
            reference = "FD 2002/584/JHA Art. 17(2)";
            label = "final decision on execution (person consented)";
        }
        else
        {
            decisionDay = facts.ArrestedOn.AddDays(60);
            reference = "FD 2002/584/JHA Art. 17(3)";
            label = "final decision on execution (no consent)";
        }

        if (facts.DecisionExtended)
        {
            decisionDay = decisionDay.AddDays(30);
            reference += " + Art. 17(4)";
            label += ", extended by 30 days";
        }

        result.Add(new Deadline(
            "eaw.decision", label, reference, TimeZones.EndOfDay(decisionDay, zone), decisionDay, zone.Id, WarnBefore,
            facts.DecisionExtended
                ? "If even the extended limit cannot be kept, Eurojust must be informed with the reasons (Art. 17(7))."
                : "If this limit cannot be kept, inform the issuing authority at once with reasons; it is then extended by 30 days (Art. 17(4))."));

        if (facts.FinalDecisionOn is { } decided)
        {
            var (from, refText, what) = facts switch
            {
                { HumanitarianPostponementEndedOn: { } h } => (h, "FD 2002/584/JHA Art. 23(4)", "surrender (after humanitarian postponement)"),
                { NewSurrenderDateAgreed: { } n } => (n, "FD 2002/584/JHA Art. 23(3)", "surrender (new date agreed)"),
                _ => (decided, "FD 2002/584/JHA Art. 23(2)", "surrender"),
            };
            var surrenderDay = from.AddDays(10);
            result.Add(new Deadline(
                "eaw.surrender", what, refText, TimeZones.EndOfDay(surrenderDay, zone), surrenderDay, zone.Id, WarnBefore,
                "When this limit has passed and the person is still held in custody, he or she shall be released (Art. 23(5))."));
        }

        return result;
    }

    private static void Check(ArrestWarrantFacts f)
    {
        if (f.ConsentedOn is { } c && c < f.ArrestedOn)
        {
            throw new ArgumentException($"consent ({Iso(c)}) cannot be before the arrest ({Iso(f.ArrestedOn)})", nameof(f));
        }

        if (f.FinalDecisionOn is { } d && d < f.ArrestedOn)
        {
            throw new ArgumentException($"final decision ({Iso(d)}) cannot be before the arrest ({Iso(f.ArrestedOn)})", nameof(f));
        }

        if (f.FinalDecisionOn is null && (f.NewSurrenderDateAgreed is not null || f.HumanitarianPostponementEndedOn is not null))
        {
            throw new ArgumentException("a new surrender date needs the final decision's date", nameof(f));
        }

        if (f.FinalDecisionOn is { } fd && (f.NewSurrenderDateAgreed < fd || f.HumanitarianPostponementEndedOn < fd))
        {
            throw new ArgumentException($"a new surrender date cannot be before the final decision ({Iso(fd)})", nameof(f));
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
