using PhoneNumbers;
using Threadline.Simulation.Phones;
using Threadline.Simulation.Truth;

namespace Threadline.Simulation.Tests;

public sealed class TruthConsistencyTests : IClassFixture<WorldFixture>
{
    private readonly WorldFixture _world;
    private readonly Dictionary<(string, string, DateTimeOffset), AdFiles.Record> _records;

    public TruthConsistencyTests(WorldFixture world)
    {
        _world = world;
        _records = AdFiles.ReadAll(world.Dir).ToDictionary(r => (r.Site, r.AdId, r.PostedAt));
    }

    [Fact]
    public void Every_truth_ad_is_written_once_in_the_file_it_names()
    {
        Assert.Equal(_world.Truth.Ads.Count, _records.Count);
        foreach (var ad in _world.Truth.Ads)
        {
            Assert.True(_records.TryGetValue((ad.Site, ad.AdId, ad.PostedAt), out var r), $"{ad.Site}/{ad.AdId} not written");
            Assert.Equal(ad.File, r!.File);
        }
    }

    [Fact]
    public void Every_written_phone_string_decodes_to_its_true_number_by_the_truth_rules()
    {
        var mentions = 0;
        foreach (var ad in _world.Truth.Ads)
        {
            var r = _records[(ad.Site, ad.AdId, ad.PostedAt)];
            foreach (var m in ad.Phones)
            {
                foreach (var part in m.Parts)
                {
                    var field = part.Field switch { "title" => r.Title, "body" => r.Body, _ => r.Phone ?? "" };
                    Assert.True(field.Contains(part.Text, StringComparison.Ordinal), $"{ad.Site}/{ad.AdId}: '{part.Text}' not in {part.Field}: {field}");
                }

                var text = string.Concat(m.Parts.Select(p => p.Text));
                Assert.Equal(m.E164, PhoneDecoder.Decode(text, ad.Country));
                mentions++;
            }
        }

        Assert.True(mentions > _world.Truth.Ads.Count / 2, "most ads carry a phone");
    }

    [Fact]
    public void Phone_numbers_are_valid_mobile_numbers_for_libphonenumber()
    {
        var util = PhoneNumberUtil.GetInstance();
        var numbers = _world.Truth.Ads.SelectMany(a => a.Phones).Select(m => m.E164).Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(numbers);
        foreach (var e164 in numbers)
        {
            var n = util.Parse(e164, null);
            Assert.True(util.IsValidNumber(n), e164 + " is not valid");
            Assert.Contains(util.GetNumberType(n), new[] { PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE });
        }
    }

    [Fact]
    public void Decoys_are_in_the_text_and_never_decode_to_the_ads_phones()
    {
        var decoys = 0;
        foreach (var ad in _world.Truth.Ads)
        {
            var r = _records[(ad.Site, ad.AdId, ad.PostedAt)];
            var phones = ad.Phones.Select(p => p.E164).ToHashSet(StringComparer.Ordinal);
            foreach (var d in ad.Decoys)
            {
                Assert.Contains(d.Text, d.Field == "title" ? r.Title : r.Body, StringComparison.Ordinal);
                var decoded = PhoneDecoder.Decode(d.Text, ad.Country);
                Assert.True(decoded is null || !phones.Contains(decoded));
                decoys++;
            }
        }

        var kinds = _world.Truth.Ads.SelectMany(a => a.Decoys).Select(d => d.Kind).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["price", "date", "availability", "height", "weight", "measures", "age"], StringComparer.Ordinal), kinds);
        Assert.True(decoys > 0);
    }

    [Fact]
    public void Every_phone_writing_technique_appears()
    {
        var seen = _world.Truth.Ads.SelectMany(a => a.Phones).SelectMany(m => m.Techniques).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "national", "international", "international_00", "grouped", "compact", "odd_separators", "spaced_digits", "number_words", "homophones",
            "letter_o", "letter_l", "emoji_keycap", "fullwidth", "lookalike", "glued", "split_title_body", "several_numbers", "phone_field",
        ];
        Assert.Empty(expected.Except(seen));
    }

    [Fact]
    public void Ad_records_point_at_known_personas_and_networks()
    {
        foreach (var ad in _world.Truth.Ads)
        {
            Assert.True(_world.Truth.PersonaById.ContainsKey(ad.Persona), "unknown persona " + ad.Persona);
            if (ad.Network is not null)
            {
                Assert.True(_world.Truth.NetworkById.ContainsKey(ad.Network), "unknown network " + ad.Network);
            }

            if (ad.CopiedFrom is not null)
            {
                Assert.True(_world.Truth.AdsByKey.ContainsKey(ad.CopiedFrom), "copied ad not in the world");
            }
        }

        var w = _world.Truth.World;
        Assert.Equal(_world.Summary.Ads, w.Ads);
        Assert.Equal(_world.Summary.Transactions, _world.Truth.Transactions.Count);
        Assert.Equal(_world.Summary.Bookings, _world.Truth.Bookings.Count);
    }
}
