using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Tests;

public sealed class OptionsAndProfileTests
{
    [Fact]
    public void A_profile_file_overrides_the_defaults_key_by_key()
    {
        var dir = DeterminismTests.Temp();
        var profile = Path.Combine(Path.GetTempPath(), "tl-profile-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(profile, """{ "mix": { "independent": 1.0, "agency": 0, "trafficking": 0, "scam": 0, "bot": 0 }, "independent": { "obfuscation": 0 } }""");
        try
        {
            Simulator.Run(new SimulationOptions { Seed = 2, Ads = 400, Days = 30, ProfilePath = profile }, dir);
            var truth = TruthSet.Load(dir);
            Assert.All(truth.Ads, a => Assert.Equal("independent", a.Actor));
            Assert.DoesNotContain(truth.Ads.SelectMany(a => a.Phones).SelectMany(p => p.Techniques), t => t is "number_words" or "emoji_keycap" or "fullwidth");
        }
        finally
        {
            File.Delete(profile);
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_malformed_profile_is_reported_as_invalid_data()
    {
        var profile = Path.Combine(Path.GetTempPath(), "tl-profile-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(profile, """{ "mix": "lots" }""");
        try
        {
            Assert.Throws<InvalidDataException>(() => Simulator.Run(new SimulationOptions { Ads = 10, ProfilePath = profile }, DeterminismTests.Temp()));
        }
        finally
        {
            File.Delete(profile);
        }
    }

    [Theory]
    [InlineData(0, 120)]
    [InlineData(10, 3)]
    public void Out_of_range_options_are_refused(int ads, int days) =>
        Assert.Throws<ArgumentException>(() => Simulator.Run(new SimulationOptions { Ads = ads, Days = days }, DeterminismTests.Temp()));

    [Fact]
    public void The_truth_loader_names_the_folder_it_cannot_read() =>
        Assert.Throws<DirectoryNotFoundException>(() => TruthSet.Load(DeterminismTests.Temp()));
}
