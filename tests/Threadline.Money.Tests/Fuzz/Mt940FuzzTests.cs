using Threadline.Money.Import;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>The MT940 reader under random, mutated and record-damaged input.</summary>
public sealed class Mt940FuzzTests
{
    private const string Name = "fuzz.sta";

    [Fact]
    public void Damaging_one_statement_line_affects_that_line_only() =>
        FuzzRunner.Run("mt940 line", 940, 2000, (rng, _) =>
        {
            var records = SeedRecord.Many(rng, 2 + rng.Next(6));
            var victim = rng.Next(records.Count);
            var clean = Read(Mt940Seeds.File(records).Bytes);
            var damaged = Mt940Seeds.File(records, victim, Mt940Seeds.Damage, rng);
            RecordLocal.AssertOnlyTheVictimIsAffected(Read(damaged.Bytes), clean, damaged, records, victim, Name);
        });

    [Fact]
    public void Random_and_mutated_files_never_throw_hang_or_lose_a_statement_line_silently() =>
        FuzzRunner.Run("mt940 bytes", 941, 3000, (rng, _) =>
        {
            var input = rng.Next(10) == 0
                ? Mutations.Random(rng)
                : Mutations.Mutate(rng, Seed(rng), Mt940Seeds.Tokens, Seed(rng));
            var outcome = Read(input);
            outcome.AssertInvariants(Name, input);
            if (outcome.FileRejection is null)
            {
                // Every :61: line is either a transaction or an issue on that line.
                var lines = StatementLines(input);
                var accounted = outcome.Transactions.Select(t => t.Line ?? 0).Concat(outcome.Issues.Select(i => i.Line ?? 0)).Order().ToList();
                Assert.Equal(lines, accounted);
            }
        });

    private static List<int> StatementLines(byte[] input)
    {
        var text = BankTextEncoding.Decode(input, BankTextEncoding.Detect(input, null));
        using var reader = new StringReader(text);
        var found = new List<int>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith(":61:", StringComparison.Ordinal))
            {
                found.Add(number);
            }
        }

        return found;
    }

    private static byte[] Seed(Random rng) => Mt940Seeds.File(SeedRecord.Many(rng, 1 + rng.Next(4))).Bytes;

    private static Outcome Read(byte[] bytes) => Outcome.Of(issues => Mt940Reader.Read(new MemoryStream(bytes), Name, issues));
}
