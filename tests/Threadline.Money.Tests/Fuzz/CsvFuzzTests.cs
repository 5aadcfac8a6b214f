using Threadline.Money.Import;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>The bank CSV reader under random, mutated and record-damaged input.</summary>
public sealed class CsvFuzzTests
{
    private const string Name = "fuzz.csv";

    [Fact]
    public void Damaging_one_row_affects_that_row_only() =>
        FuzzRunner.Run("csv row", 4180, 2000, (rng, _) =>
        {
            var records = SeedRecord.Many(rng, 2 + rng.Next(6));
            var victim = rng.Next(records.Count);
            var clean = Read(CsvSeeds.File(records).Bytes);
            var damaged = CsvSeeds.File(records, victim, CsvSeeds.Damage, rng);
            RecordLocal.AssertOnlyTheVictimIsAffected(Read(damaged.Bytes), clean, damaged, records, victim, Name);
        });

    [Fact]
    public void Random_and_mutated_files_never_throw_hang_or_store_damaged_text() =>
        FuzzRunner.Run("csv bytes", 4181, 3000, (rng, _) =>
        {
            var input = rng.Next(10) == 0
                ? Mutations.Random(rng)
                : Mutations.Mutate(rng, Seed(rng), CsvSeeds.Tokens, Seed(rng));
            Read(input).AssertInvariants(Name, input);
        });

    private static byte[] Seed(Random rng) => CsvSeeds.File(SeedRecord.Many(rng, 1 + rng.Next(4))).Bytes;

    private static Outcome Read(byte[] bytes) => Outcome.Of(issues => CsvTransactionReader.Read(new MemoryStream(bytes), Name, null, issues));
}
