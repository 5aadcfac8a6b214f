using Threadline.Linking.Text;

namespace Threadline.Linking.Tests;

public sealed class TextTests
{
    private static List<ulong> Hashes(string text)
    {
        var list = new List<ulong>();
        TextTokenizer.HashWords(text, list, 100);
        return list;
    }

    [Fact]
    public void The_early_stopping_similarity_test_answers_exactly_as_the_full_estimate_does()
    {
        // Texts from unrelated to near-identical: every pair and threshold, including the copy detector's 0.6 and the
        // thresholds between two neighbouring counts of equal hashes.
        var random = new Random(11);
        string[] words = ["new", "girl", "in", "town", "sweet", "massage", "relax", "hotel", "outcall", "discreet", "young", "latina", "call", "me", "now", "kisses", "available", "today", "real", "photos"];
        var texts = new List<string> { string.Empty };
        var stem = string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)]));
        for (var i = 0; i < 40; i++)
        {
            var mutated = stem.Split(' ').Select(w => random.Next(400) < i ? words[random.Next(words.Length)] : w);
            texts.Add(string.Join(' ', mutated));
        }

        var ads = texts.Select((t, i) => Ads.Ad("s" + i, text: t)).ToList();
        var sigs = TextSignatures.Compute(ads, new LinkOptions());
        double[] thresholds = [0, 0.3, 0.59375, 0.6, 0.609375, 0.85, 1.0, 1.01];
        var near = 0;
        for (var a = 0; a < ads.Count; a++)
        {
            for (var b = 0; b < ads.Count; b++)
            {
                foreach (var t in thresholds)
                {
                    Assert.Equal(sigs.Similarity(a, b) >= t, sigs.SimilarAtLeast(a, b, t));
                }

                near += a != b && sigs.Similarity(a, b) >= 0.6 ? 1 : 0;
            }
        }

        Assert.InRange(near, 10, ads.Count * ads.Count - 10); // both answers occur
    }

    [Fact]
    public void Folds_case_accents_and_digits()
    {
        Assert.Equal(Hashes("Élodie 23 ANS, très douce"), Hashes("elodie 25 ans tres DOUCE!"));
    }

    [Fact]
    public void Each_ideograph_is_a_word_of_its_own()
    {
        Assert.Equal(4, Hashes("新到 美女").Count);
        Assert.Equal(3, Hashes("hi 新到").Count);
    }

    [Fact]
    public void Caps_the_number_of_words_read()
    {
        var list = new List<ulong>();
        TextTokenizer.HashWords(string.Join(' ', Enumerable.Repeat("word", 50)), list, 10);
        Assert.Equal(10, list.Count);
    }

    [Fact]
    public void Near_duplicate_ads_share_a_template_and_unrelated_ads_do_not()
    {
        const string baseText = "sweet girl new in town visiting for a few days only call me for a relaxing time in a discreet private apartment near the station available day and night";
        var ads = new List<AdFeatures>
        {
            new() { AdId = "a", Title = "Lina 22", Body = baseText },
            new() { AdId = "b", Title = "Mia 24", Body = baseText.Replace("station", "centre", StringComparison.Ordinal) },
            new() { AdId = "c", Title = "Zoe 25", Body = baseText.Replace("discreet", "quiet", StringComparison.Ordinal) },
            new() { AdId = "d", Title = "Anna", Body = "completely different words describing a massage studio with opening hours and prices for regular clients only" },
        };
        var result = Linker.Link(ads);
        var t = result.Assignments.Select(a => a.TemplateId).ToArray();
        Assert.NotNull(t[0]);
        Assert.Equal(t[0], t[1]);
        Assert.Equal(t[0], t[2]);
        Assert.Null(t[3]);
    }

    [Fact]
    public void Template_keeps_the_fixed_text_and_marks_the_varying_words_as_slots()
    {
        var ads = new[] { ("Lina", "Brussels"), ("Mia", "Antwerp"), ("Zoe", "Liege"), ("Emma", "Ghent") }
            .Select((x, i) => new AdFeatures
            {
                AdId = "ad" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Body = $"Hello gentlemen my name is {x.Item1} and I am waiting for you in {x.Item2} with a warm smile call me now for an unforgettable time together",
            })
            .ToList();
        var result = Linker.Link(ads);
        var template = Assert.Single(result.Templates);
        var rendered = template.Render();
        Assert.Contains("my name is", rendered, StringComparison.Ordinal);
        Assert.Contains("{1}", rendered, StringComparison.Ordinal);
        Assert.Contains("{2}", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("Brussels", rendered, StringComparison.Ordinal);
        var slots = template.Parts.Where(p => p.IsSlot).ToList();
        Assert.Equal(2, slots.Count);
        Assert.Contains(slots[0].SampleValues, v => v is "Lina" or "Mia" or "Zoe" or "Emma");
    }

    [Fact]
    public void Alignment_maps_each_common_word_in_order()
    {
        var a = TextTokenizer.Words("a b c d e", 10);
        var b = TextTokenizer.Words("a x c d y e", 10);
        Assert.Equal([0, -1, 2, 3, 5], TemplateBuilder.Align(a, b));
    }

    [Theory]
    [InlineData("Slim, 1m56, 69kg, long hair.", 156, 69)]
    [InlineData("Pequeña 1m 76, 89-69-90.", 176, 0)]
    [InlineData("Schlank, 164 cm, 51 kg.", 164, 51)]
    [InlineData("Taille 1,62 m, poids 55 KG", 162, 55)]
    [InlineData("Altezza 1.70m", 170, 0)]
    [InlineData("Tarifs 1,50 le km, 90-60-90, 2025 cm", 0, 0)]
    [InlineData("Call 0470 156cm999 or 12345kg, 1m5", 0, 0)]
    [InlineData("", 0, 0)]
    public void Height_and_weight_are_read_in_their_usual_spellings(string body, int height, int weight)
    {
        var packed = BodyStats.Read(null, body);
        Assert.Equal(height, BodyStats.Height(packed));
        Assert.Equal(weight, BodyStats.Weight(packed));
    }
}
