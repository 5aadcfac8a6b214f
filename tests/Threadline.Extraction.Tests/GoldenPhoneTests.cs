namespace Threadline.Extraction.Tests;

/// <summary>The golden phone table (golden/phones.tsv): each obfuscation technique and each decoy at least twice.</summary>
public sealed class GoldenPhoneTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var row in Shared.Golden("phones.tsv"))
        {
            data.Add(row[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_case_reads_the_expected_numbers_and_techniques(string id)
    {
        var row = Shared.Golden("phones.tsv").Single(r => r[0] == id);
        var country = row[1] == "-" ? null : row[1];
        var phoneField = row[4] == "-" ? null : row[4];
        var result = Shared.Extractor.Extract(new AdText(row[2], row[3], phoneField, country));
        var expected = row[5] == "-" ? [] : row[5].Split('|');
        var found = result.Phones.Select(p => p.E164).ToArray();
        Assert.True(expected.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(found.OrderBy(x => x, StringComparer.Ordinal), StringComparer.Ordinal),
            $"{id}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", result.Phones.Select(p => p.E164 + " {" + string.Join(",", p.Techniques) + "}"))}]");
        if (row[6] != "-")
        {
            foreach (var technique in row[6].Split('|'))
            {
                Assert.True(result.Phones.All(p => p.Techniques.Contains(technique)),
                    $"{id}: technique {technique} missing in [{string.Join("; ", result.Phones.Select(p => string.Join(",", p.Techniques)))}]");
            }
        }
    }

    [Fact]
    public void Golden_table_covers_each_technique_and_decoy_at_least_twice()
    {
        var rows = Shared.Golden("phones.tsv").ToList();
        string[] techniques = ["number_words", "homophones", "chinese_numerals", "letter_o", "letter_l", "odd_separators", "spaced_digits",
            "emoji_keycap", "fullwidth", "lookalike", "enclosed_digits", "superscript_digits", "glued", "split_title_body", "several_numbers", "phone_field", "national", "international"];
        foreach (var t in techniques)
        {
            Assert.True(rows.Count(r => r[6].Split('|').Contains(t)) >= 2, $"technique {t} has fewer than two golden cases");
        }

        foreach (var d in new[] { "price", "date", "time", "24_7", "height", "weight", "age", "measures" })
        {
            Assert.True(rows.Count(r => r[0].StartsWith("decoy_" + d, StringComparison.Ordinal)) >= 2, $"decoy {d} has fewer than two golden cases");
        }

        foreach (var c in new[] { "BE", "NL", "FR", "ES", "DE", "IT" })
        {
            Assert.True(rows.Count(r => r[1] == c && r[5] != "-") >= 2, $"country {c} has fewer than two golden numbers");
        }
    }
}
