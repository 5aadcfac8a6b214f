using Threadline.Cases.Deadlines;
using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Cases.Warrants;

namespace Threadline.Cases.Tests;

/// <summary>The parts a case file stores: warrants and requests check their dates, records their bounds, and the codec refuses what it cannot trust.</summary>
public sealed class CaseRecordsTests
{
    private static readonly Marking A1 = Marking.Parse("A1 H0");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_warrant_refuses_an_arrest_before_it_was_issued_and_a_surrender_without_a_decision()
    {
        var early = Assert.Throws<ArgumentException>(() => new ArrestWarrant("EAW-1", WarrantDirection.Issued, new DateOnly(2026, 3, 5), "ES", null, new ArrestWarrantFacts("Europe/Madrid", new DateOnly(2026, 3, 4)), null, "lead.anna", At, A1));
        Assert.Contains("before the warrant was issued", early.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ArrestWarrant("EAW-1", WarrantDirection.Issued, new DateOnly(2026, 3, 5), "ES", null, new ArrestWarrantFacts("Europe/Madrid", new DateOnly(2026, 3, 9)), new DateOnly(2026, 3, 20), "lead.anna", At, A1));
        Assert.Throws<ArgumentException>(() => new ArrestWarrant("EAW-1", WarrantDirection.Issued, new DateOnly(2026, 3, 5), "Spain", null, null, null, "lead.anna", At, A1));
    }

    [Fact]
    public void A_warrant_before_the_arrest_has_no_limits_and_a_late_decision_is_met_late()
    {
        Assert.Empty(new ArrestWarrant("EAW-1", WarrantDirection.Received, new DateOnly(2026, 3, 5), "NL", null, null, null, "lead.anna", At, A1).Deadlines());
        var facts = new ArrestWarrantFacts("Europe/Brussels", new DateOnly(2026, 3, 9), FinalDecisionOn: new DateOnly(2026, 5, 20));
        var decision = new ArrestWarrant("EAW-2", WarrantDirection.Received, new DateOnly(2026, 3, 5), "NL", null, facts, null, "lead.anna", At, A1).Deadlines().Single(d => d.Key.EndsWith("eaw.decision", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 5, 8), decision.LastDay);
        Assert.Equal(DeadlineState.MetLate, DeadlineAlert.At(decision, At.AddDays(100)).State);
    }

    [Fact]
    public void A_request_answered_before_it_was_received_is_refused_and_a_sent_one_says_whom_it_waits_for()
    {
        var request = new InformationRequest("RQ-1", At, "Europe/Brussels", Urgent: true, DirectlyAccessible: true);
        Assert.Throws<ArgumentException>(() => new CaseInformationRequest(request, RequestDirection.Received, "NL SPOC", "owner of a car", At.AddHours(-1), "ana.k", A1));
        var sent = new CaseInformationRequest(request, RequestDirection.Sent, "NL SPOC", "owner of a car", null, "ana.k", A1).Deadline();
        Assert.Equal(At.AddHours(8), sent.DueAt);
        Assert.Contains("expect the answer from NL SPOC", sent.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_names_the_field_that_is_out_of_bounds()
    {
        Assert.Contains("kind", Assert.Throws<ArgumentException>(() => new CaseRecord("C-1", new string('k', 33), "x", 1, At, "a", "{}").Checked()).Message, StringComparison.Ordinal);
        Assert.Contains("version", Assert.Throws<ArgumentException>(() => new CaseRecord("C-1", CaseKinds.Entry, "x", 0, At, "a", "{}").Checked()).Message, StringComparison.Ordinal);
        Assert.Contains("by", Assert.Throws<ArgumentException>(() => new CaseRecord("C-1", CaseKinds.Entry, "x", 1, At, "a\u0001", "{}").Checked()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_codec_round_trips_an_entry_and_refuses_a_tampered_payload_naming_the_record()
    {
        var task = new CaseTask("T1", "Ask Spain for the lease", "ana.k", At, Marking.Parse("B2 H3", "not for the Dutch SPOC"), "lead.anna", At.AddDays(3)).Complete(At.AddDays(2));
        var record = new CaseRecord("C-1", CaseKinds.Entry, "T1", 3, At, "ana.k", CaseCodec.Entry(task));
        var back = Assert.IsType<CaseTask>(CaseCodec.Entry(record));
        Assert.Equal((task.Body, task.DueAt, task.DoneAt, task.Marking.Label), (back.Body, back.DueAt, back.DoneAt, back.Marking.Label));

        var tampered = record with { Payload = record.Payload.Replace("\"B2\"", "\"D2\"", StringComparison.Ordinal) };
        var error = Assert.Throws<InvalidDataException>(() => CaseCodec.Entry(tampered));
        Assert.Contains("case C-1: stored entry 'T1' (version 3)", error.Message, StringComparison.Ordinal);
    }
}
