namespace Threadline.Money.Tests.Fuzz;

/// <summary>
/// The promise for a file with one damaged record: that record is read or rejected (with an issue on its
/// lines), every other record comes back exactly as from the undamaged file, and nothing else is reported.
/// </summary>
internal static class RecordLocal
{
    public static void AssertOnlyTheVictimIsAffected(Outcome damaged, Outcome clean, SeedFile file, IReadOnlyList<SeedRecord> records, int victim, string name)
    {
        Assert.Null(clean.FileRejection);
        Assert.Empty(clean.Issues);
        Assert.Null(damaged.FileRejection);
        damaged.AssertInvariants(name, file.Bytes);
        for (var i = 0; i < records.Count; i++)
        {
            if (i == victim)
            {
                continue;
            }

            var expected = Assert.Single(clean.Transactions, t => t.EntryReference == records[i].Reference);
            var kept = damaged.Transactions.Where(t => t.EntryReference == records[i].Reference && !file.InVictim(t.Line)).ToList();
            Assert.True(kept.Count == 1, $"record {records[i].Reference}: {kept.Count} transactions after damaging {records[victim].Reference}");
            Assert.Equal(SeedRecord.Key(expected), SeedRecord.Key(kept[0]));
        }

        Assert.Equal(records.Count - 1, damaged.Transactions.Count(t => !file.InVictim(t.Line)));
        Assert.All(damaged.Issues, issue => Assert.True(file.InVictim(issue.Line), $"issue outside the damaged record (lines {file.VictimFrom}-{file.VictimTo}): {issue}"));
        Assert.True(damaged.Transactions.Any(t => file.InVictim(t.Line)) || damaged.Issues.Count > 0, $"the damaged record {records[victim].Reference} was neither read nor rejected");
    }
}
