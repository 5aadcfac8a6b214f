using Threadline.Money.Import;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>camt.053 and camt.054 readers under random, mutated and record-damaged input.</summary>
public sealed class CamtFuzzTests
{
    private const string Name = "fuzz.xml";

    [Theory]
    [InlineData("053.001.02")]
    [InlineData("053.001.08")]
    [InlineData("054.001.04")]
    public void Damaging_one_entry_affects_that_entry_only(string version) =>
        FuzzRunner.Run("camt." + version + " entry", 1201, 600, (rng, _) =>
        {
            var records = SeedRecord.Many(rng, 2 + rng.Next(6));
            var victim = rng.Next(records.Count);
            var clean = Read(CamtSeeds.File(records, version).Bytes);
            var damaged = CamtSeeds.File(records, version, victim, entry => CamtSeeds.Damage(rng, entry, version));
            RecordLocal.AssertOnlyTheVictimIsAffected(Read(damaged.Bytes), clean, damaged, records, victim, Name);
        });

    [Theory]
    [InlineData("053.001.02")]
    [InlineData("053.001.08")]
    [InlineData("054.001.04")]
    public void Random_and_mutated_files_never_throw_hang_or_store_damaged_text(string version) =>
        FuzzRunner.Run("camt." + version + " bytes", 1202, 1000, (rng, _) =>
        {
            var input = rng.Next(10) == 0
                ? Mutations.Random(rng)
                : Mutations.Mutate(rng, Seed(rng, version), CamtSeeds.Tokens, Seed(rng, version));
            Read(input).AssertInvariants(Name, input);
        });

    private static byte[] Seed(Random rng, string version) => CamtSeeds.File(SeedRecord.Many(rng, 1 + rng.Next(4)), version).Bytes;

    private static Outcome Read(byte[] bytes) => Outcome.Of(issues => CamtReader.Read(new MemoryStream(bytes), Name, issues));
}
