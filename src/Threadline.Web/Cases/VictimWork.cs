using Threadline.Cases.Grading;
using Threadline.Cases.Victims;
using Threadline.Security.Audit;

namespace Threadline.Web.Cases;

/// <summary>
/// Victim records in the web app and API, under need-to-know: only the case file's victim-support members and its lead
/// (<see cref="VictimRecordAccess.Decide"/>, applied by <see cref="Threadline.Cases.Store.CaseFiles.Victim"/>) open one,
/// and only with a reason, which the audit record keeps. Anyone else gets the answer a record that does not exist
/// gets (null here, 404 outside), so no page, API answer, list or deadline tells that a record exists; the case itself
/// shows her pseudonym only.
/// </summary>
public static class VictimWork
{
    /// <summary>Longest reason.</summary>
    public const int MaxReason = 1000;

    /// <summary>The reason given, trimmed, or null when missing or not 1 to <see cref="MaxReason"/> characters without control characters.</summary>
    public static string? Reason(string? text)
    {
        var reason = text?.Trim();
        return reason is { Length: > 0 and <= MaxReason } && !reason.Any(char.IsControl) ? reason : null;
    }

    /// <summary>Whether the user may hold victim records of this case at all (victim support or lead of the case file).</summary>
    public static bool MaySee(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.Roles.Contains(Threadline.Cases.Model.CaseRole.VictimSupport) || work.IsLead;
    }

    /// <summary>A pseudonym as written, or null when it is not one (then the answer is "not found" too).</summary>
    public static VictimPseudonym? Pseudonym(string? text)
    {
        if (text is not { Length: > 0 and <= 20 })
        {
            return null;
        }

        try
        {
            return VictimPseudonym.Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Opens one record for the user with a reason, appending the consultation (allowed or not, with the reason) first;
    /// null for a record that does not exist or that the user may not open.
    /// </summary>
    public static VictimRecord? Open(CaseWork work, string? pseudonym, string reason)
    {
        ArgumentNullException.ThrowIfNull(work);
        var p = Pseudonym(pseudonym);
        var shown = p?.Value ?? "(not a pseudonym)";
        var record = p is null ? null : work.Files.Victim(work.Reference, p, work.UserId);
        work.Audit(AuditAction.Consultation, record is null ? "victim record " + shown + ": refused or not found" : "victim record " + shown, reason);
        return record;
    }

    /// <summary>The records the user may open (none for anyone else), the consultation audited with the reason.</summary>
    public static IReadOnlyList<VictimRecord> List(CaseWork work, string reason)
    {
        ArgumentNullException.ThrowIfNull(work);
        var list = work.Files.Victims(work.Reference, work.UserId);
        work.Audit(AuditAction.Consultation, "victim records listed (" + list.Count + ")", reason);
        return list;
    }

    /// <summary>A new pseudonym from five random bytes.</summary>
    public static VictimPseudonym NewPseudonym()
    {
        Span<byte> bytes = stackalloc byte[5];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return VictimPseudonym.FromRandom(bytes);
    }
}

/// <summary>A new victim record: the case gets her pseudonym only. Victim support or the case lead, with a reason.</summary>
public sealed class VictimInput
{
    public string? Reason { get; set; }

    public string? Name { get; set; }

    public string? Nationality { get; set; }

    public string? Languages { get; set; }

    public string? Interpreter { get; set; }

    public IList<string>? Indicators { get; set; }

    public string? Centre { get; set; }

    public string? On { get; set; }

    public string? Country { get; set; }

    public string? Marking { get; set; }

    public VictimRecord Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var reason = VictimWork.Reason(Reason) ?? throw new ArgumentException($"reason: say why (1 to {VictimWork.MaxReason} characters); it goes into the audit trail", "reason");
        if (!VictimWork.MaySee(work))
        {
            throw new CaseWriteRefusedException($"victim records of case {work.Reference} are written by its victim-support members and its lead");
        }

        var record = new VictimRecord(VictimWork.NewPseudonym(), work.Reference, Field.Optional(Name, "name", 200), Field.Optional(Nationality, "nationality", 60), Field.List([Languages ?? string.Empty], "languages", 20))
            .WithInterpreter(Field.Optional(Interpreter, "interpreter", 60));
        record = VictimChanges.Indicators(record, Indicators);
        if (Field.Optional(Centre, "centre", 200) is { } centre)
        {
            record = VictimChanges.Refer(record, work, centre, On, Country);
        }

        Marking mark = Field.Marking(Marking, null, "A1 H2");
        work.Write("victim record " + record.Pseudonym.Value + " added", reason).AddVictim(work.Reference, record, mark, work.UserId, work.Now);
        return record;
    }
}

/// <summary>
/// One change to a victim record (<c>change</c>: indicators, referral, rights, consent, residence, interpreter), by
/// someone who may open it, with a reason.
/// </summary>
public sealed class VictimChangeInput
{
    public string? Reason { get; set; }

    public string? Change { get; set; }

    public IList<string>? Indicators { get; set; }

    public string? Centre { get; set; }

    public string? On { get; set; }

    public string? Country { get; set; }

    public string? Language { get; set; }

    public string? GivenBy { get; set; }

    public string? Scope { get; set; }

    public string? Withdrawn { get; set; }

    public string? Step { get; set; }

    /// <summary>Applies the change; null when the record does not exist or the user may not open it (404).</summary>
    public VictimRecord? Apply(CaseWork work, string? pseudonym)
    {
        ArgumentNullException.ThrowIfNull(work);
        var reason = VictimWork.Reason(Reason) ?? throw new ArgumentException($"reason: say why (1 to {VictimWork.MaxReason} characters); it goes into the audit trail", "reason");
        if (VictimWork.Open(work, pseudonym, reason) is not { } current)
        {
            return null;
        }

        var change = Field.Optional(Change, "change", 20)?.ToLowerInvariant();
        Func<VictimRecord, VictimRecord> apply = change switch
        {
            "indicators" => v => VictimChanges.Indicators(v, Indicators),
            "referral" => v => VictimChanges.Refer(v, work, Field.Required(Centre, "centre", 200), On, Country),
            "rights" => v => v.WithRights(new RightsInformation(Field.Day(On, "on"), Field.Required(Language, "language", 60), Field.Required(GivenBy, "given_by", 200))),
            "consent" => v => v.WithConsent(new ConsentRecord(Field.Required(Scope, "scope", 500), Field.Day(On, "on"), Field.OptionalDay(Withdrawn, "withdrawn"))),
            "residence" => v => v.WithResidenceStep(new ResidenceStepRecord(Field.Required(Step, "step", 64), Field.Day(On, "on")), work.Files.Rules),
            "interpreter" => v => v.WithInterpreter(Field.Optional(Language, "language", 60)),
            _ => throw new ArgumentException("change: indicators, referral, rights, consent, residence or interpreter", "change"),
        };

        // Checked on the record as read, so bad input is refused before the alteration is recorded.
        _ = apply(current);
        return work.Write("victim record " + current.Pseudonym.Value + ": " + change, reason)
            .UpdateVictim(work.Reference, current.Pseudonym, work.UserId, apply, work.Now);
    }
}

/// <summary>The victim-record changes both inputs share.</summary>
internal static class VictimChanges
{
    public static VictimRecord Indicators(VictimRecord record, IList<string>? ids)
    {
        var list = Field.List(ids, "indicators", IndicatorChecklist.All.Length);
        var unknown = list.FirstOrDefault(i => !IndicatorChecklist.Contains(i));
        return unknown is not null
            ? throw new ArgumentException($"indicators: '{unknown}' is not on the checklist", "indicators")
            : record.WithIndicators(list);
    }

    /// <summary>"Referred to centre X on day Y" (text that looks like an address is refused by the domain: never an address).</summary>
    public static VictimRecord Refer(VictimRecord record, CaseWork work, string centre, string? on, string? country)
    {
        var day = Field.Day(on, "on");
        var c = Field.Optional(country, "country", 2)?.ToUpperInvariant();
        if (c is not null && !work.Files.Rules.ByCountry.ContainsKey(c))
        {
            throw new ArgumentException($"country: no reflection-period rule for '{c}' ({string.Join(", ", work.Files.Rules.ByCountry.Keys)})", "country");
        }

        Referral referral;
        try
        {
            referral = new Referral(centre, day);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("centre: " + e.Message, "centre", e);
        }

        return record.Refer(referral, work.Files.Rules, c);
    }
}
