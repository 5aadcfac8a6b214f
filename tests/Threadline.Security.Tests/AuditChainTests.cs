using Threadline.Security.Audit;

namespace Threadline.Security.Tests;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static List<AuditRecord> Trail(int count)
    {
        var records = new List<AuditRecord>();
        var previous = AuditHash.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = new AuditEntry("ana.k", i % 2 == 0 ? AuditAction.Consultation : AuditAction.Collection, $"search: \"massage {i}\"", "cli@host", "CASE-7", "lead check");
            var record = AuditChain.Seal(entry, i, Start.AddMinutes(i), previous);
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }

    [Fact]
    public void An_untouched_trail_verifies()
    {
        var result = AuditChain.Verify(Trail(10), []);
        Assert.True(result.Intact);
        Assert.Equal(10, result.Records);
    }

    [Fact]
    public void The_first_record_follows_the_genesis_hash_and_each_next_its_predecessor()
    {
        var trail = Trail(3);
        Assert.Equal(AuditHash.Genesis, trail[0].PreviousHash);
        Assert.Equal(trail[0].Hash, trail[1].PreviousHash);
        Assert.Equal(trail[1].Hash, trail[2].PreviousHash);
    }

    [Theory]
    [InlineData("Actor")]
    [InlineData("Subject")]
    [InlineData("Reason")]
    [InlineData("CaseReference")]
    [InlineData("Origin")]
    [InlineData("At")]
    [InlineData("Action")]
    public void A_changed_field_is_found_at_its_record(string field)
    {
        var trail = Trail(6);
        var r = trail[3];
        trail[3] = field switch
        {
            "Actor" => r with { Actor = "someone.else" },
            "Subject" => r with { Subject = "search: \"nothing\"" },
            "Reason" => r with { Reason = "curiosity" },
            "CaseReference" => r with { CaseReference = "CASE-8" },
            "Origin" => r with { Origin = "elsewhere" },
            "At" => r with { At = r.At.AddSeconds(1) },
            _ => r with { Action = AuditAction.Erasure },
        };
        var result = AuditChain.Verify(trail, []);
        Assert.Equal(4, result.FirstBad);
        Assert.Contains("changed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_rehashed_after_a_change_breaks_the_next_link()
    {
        var trail = Trail(6);
        var changed = trail[2] with { Subject = "rewritten" };
        trail[2] = changed with { Hash = AuditHash.Compute(changed) };
        Assert.Equal(4, AuditChain.Verify(trail, []).FirstBad);
    }

    [Fact]
    public void A_removed_record_is_named_by_its_place()
    {
        var trail = Trail(6);
        trail.RemoveAt(2);
        var result = AuditChain.Verify(trail, []);
        Assert.Equal(3, result.FirstBad);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_record_whose_successors_were_renumbered_is_found()
    {
        var trail = Trail(6);
        trail.RemoveAt(2);
        for (var i = 2; i < trail.Count; i++)
        {
            trail[i] = trail[i] with { Sequence = i + 1 };
        }

        Assert.Equal(3, AuditChain.Verify(trail, []).FirstBad);
    }

    [Fact]
    public void Reordered_records_are_found_at_the_first_one_out_of_place()
    {
        var trail = Trail(6);
        (trail[2], trail[4]) = (trail[4] with { Sequence = 3 }, trail[2] with { Sequence = 5 });
        Assert.Equal(3, AuditChain.Verify(trail, []).FirstBad);
    }

    [Fact]
    public void A_duplicated_record_is_found()
    {
        var trail = Trail(4);
        trail.Insert(2, trail[1]);
        Assert.Equal(2, AuditChain.Verify(trail, []).FirstBad);
    }

    [Fact]
    public void A_cut_tail_is_found_only_against_an_anchor()
    {
        var trail = Trail(8);
        var anchor = new AuditAnchor(8, trail[7].Hash, trail[7].At);
        trail.RemoveRange(6, 2);
        Assert.True(AuditChain.Verify(trail, []).Intact);
        var result = AuditChain.Verify(trail, [anchor]);
        Assert.Equal(7, result.FirstBad);
        Assert.Contains("removed from the end", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trail_rewritten_from_the_start_is_found_against_an_anchor()
    {
        var original = Trail(5);
        var anchor = new AuditAnchor(3, original[2].Hash, original[2].At);
        var forged = new List<AuditRecord>();
        var previous = AuditHash.Genesis;
        foreach (var record in original)
        {
            var sealedOne = AuditChain.Seal(record.Entry with { Reason = "forged" }, record.Sequence, record.At, previous);
            forged.Add(sealedOne);
            previous = sealedOne.Hash;
        }

        Assert.True(AuditChain.Verify(forged, []).Intact);
        var result = AuditChain.Verify(forged, [anchor]);
        Assert.Equal(3, result.FirstBad);
        Assert.Equal(0, result.AnchorsChecked);
    }

    [Fact]
    public void Anchors_round_trip_through_their_file_and_a_bad_line_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "threadline-anchors-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var trail = Trail(2);
            AuditAnchorFile.Append(path, new AuditAnchor(2, trail[1].Hash, trail[1].At));
            var read = Assert.Single(AuditAnchorFile.Read(path));
            Assert.Equal(new AuditAnchor(2, trail[1].Hash, trail[1].At), read);
            File.AppendAllText(path, "{\"sequence\":\"x\"}\n");
            var error = Assert.Throws<FormatException>(() => AuditAnchorFile.Read(path));
            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_export_holds_every_field_and_the_hashes_one_line_a_record()
    {
        var writer = new StringWriter();
        Assert.Equal(2, AuditJsonLines.Write(writer, Trail(2)));
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"action\":\"consultation\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"previous_hash\":\"" + AuditHash.Genesis + "\"", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_are_bounded_and_cleaned_before_they_are_sealed()
    {
        var record = AuditChain.Seal(new AuditEntry("ana.k", AuditAction.Consultation, "line1\nline2" + new string('x', 5000), "cli", "CASE-7", "why\r\n"), 1, Start, AuditHash.Genesis);
        Assert.DoesNotContain('\n', record.Subject);
        Assert.Equal(AuditEntry.MaxLongField, record.Subject.Length);
        Assert.Equal("why", record.Reason);
        Assert.Throws<ArgumentException>(() => AuditChain.Seal(new AuditEntry(" ", AuditAction.Consultation, "s", "o", "", ""), 1, Start, AuditHash.Genesis));
        Assert.Throws<ArgumentException>(() => AuditChain.Seal(new AuditEntry(new string('a', 300), AuditAction.Consultation, "s", "o", "", ""), 1, Start, AuditHash.Genesis));
    }
}
