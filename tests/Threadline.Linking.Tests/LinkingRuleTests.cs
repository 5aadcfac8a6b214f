using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

public sealed class LinkingRuleTests
{
    [Fact]
    public void Ads_with_the_same_phone_and_nothing_contradicting_are_one_persona()
    {
        var r = Linker.Link([Ad("a", phone: "+32470000001"), Ad("b", phone: "+32470000001"), Ad("c", phone: "+32470000002")]);
        Assert.Equal(PersonaOf(r, "a"), PersonaOf(r, "b"));
        Assert.NotEqual(PersonaOf(r, "a"), PersonaOf(r, "c"));
        var persona = r.Personas.Single(p => p.AdIds.Contains("a"));
        Assert.Contains(persona.Evidence, e => e.Kind == EvidenceKind.Phone && e.Value == "+32470000001");
        Assert.True(persona.Confidence > 0.5);
    }

    [Theory]
    [InlineData("email")]
    [InlineData("handle")]
    [InlineData("photo")]
    public void Ads_sharing_an_email_handle_or_photo_are_one_persona(string kind)
    {
        AdFeatures Make(string id) => kind switch
        {
            "email" => Ad(id, email: "Lina@Mail.example"),
            "handle" => Ad(id, handle: "wechat:lina88"),
            _ => Ad(id, photo: 0x0123_4567_89AB_CDEFUL),
        };
        var r = Linker.Link([Make("a"), Make("b") with { Emails = kind == "email" ? ["lina@mail.example"] : [] }, Ad("c")]);
        Assert.Equal(PersonaOf(r, "a"), PersonaOf(r, "b"));
        Assert.NotEqual(PersonaOf(r, "a"), PersonaOf(r, "c"));
    }

    [Fact]
    public void Altered_copies_of_a_photo_link_ads()
    {
        var r = Linker.Link([Ad("a", photo: 0xF0F0_F0F0_1234_5678UL), Ad("b", photo: 0xF0F0_F0F0_1234_5678UL ^ 0b1011UL)]);
        Assert.Equal(PersonaOf(r, "a"), PersonaOf(r, "b"));
    }

    [Fact]
    public void A_loose_photo_match_links_only_when_a_phone_or_name_agrees()
    {
        const ulong photo = 0xF0F0_F0F0_1234_5678UL;
        const ulong cropped = photo ^ 0b11_1111UL; // 6 bits apart
        var apart = Linker.Link([Ad("a", photo: photo), Ad("b", photo: cropped)]);
        Assert.NotEqual(PersonaOf(apart, "a"), PersonaOf(apart, "b"));
        var together = Linker.Link([Ad("a", photo: photo, name: "Lina"), Ad("b", photo: cropped, name: "Lina")]);
        Assert.Equal(PersonaOf(together, "a"), PersonaOf(together, "b"));
    }

    [Fact]
    public void Ads_that_share_nothing_stay_apart()
    {
        var ads = Enumerable.Range(0, 30).Select(i => Ad("x" + i, phone: "+3247100" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), photo: (ulong)new Random(i).NextInt64())).ToList();
        var r = Linker.Link(ads);
        Assert.Equal(30, r.Personas.Count);
        Assert.Empty(r.Networks);
    }

    [Fact]
    public void One_phone_behind_women_with_different_photos_is_a_network_of_several_personas()
    {
        var phone = "+32470009999";
        var r = Linker.Link([
            Ad("a1", phone: phone, photo: 0x1111_0000_1111_0000UL, name: "Lina"),
            Ad("a2", phone: phone, photo: 0x1111_0000_1111_0000UL, name: "Lina"),
            Ad("b1", phone: phone, photo: 0x0F0F_7777_0F0F_7777UL, name: "Mia"),
            Ad("b2", phone: phone, name: "Mia"),
        ]);
        Assert.Equal(PersonaOf(r, "a1"), PersonaOf(r, "a2"));
        Assert.Equal(PersonaOf(r, "b1"), PersonaOf(r, "b2"));
        Assert.NotEqual(PersonaOf(r, "a1"), PersonaOf(r, "b1"));
        var network = Assert.Single(r.Networks);
        Assert.Equal(2, network.PersonaIds.Count);
        Assert.Contains(network.Evidence, e => e.Kind == EvidenceKind.Phone && e.Value == phone);
        Assert.Contains(network.Risk.Parts, p => p.Name == "women_per_phone" && p.Measured == 2);
    }

    [Fact]
    public void A_template_links_another_phone_to_a_group_advertising_several_women()
    {
        const string template = "new girl just arrived from abroad very sweet and discreet she waits for you in a private apartment call now for booking available only this week";
        var r = Linker.Link([
            Ad("a", phone: "+32470000011", name: "Lina", text: template + " Lina"),
            Ad("b", phone: "+32470000011", name: "Mia", text: template + " Mia"),
            Ad("c", phone: "+32470000012", name: "Zoe", text: template + " Zoe"),
        ]);
        Assert.NotEqual(PersonaOf(r, "a"), PersonaOf(r, "c"));
        var network = Assert.Single(r.Networks);
        Assert.Equal(3, network.PersonaIds.Count);
        Assert.Contains(network.Evidence, e => e.Kind == EvidenceKind.Template);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_groups_of_women_whose_texts_meet_on_a_few_ads_stay_two_networks_unless_they_share_a_woman(bool shareAWoman)
    {
        // Two controllers' numbers, each advertising two women in its own words; one ad of each happens to be written
        // from the same stock text (at a million ads, two networks drawing on one sentence bank meet like this).
        const string stock = "new girl just arrived from abroad very sweet and discreet she waits for you in a private apartment call now for booking available only this week";
        var second = shareAWoman ? "Lina" : "Eva";
        var r = Linker.Link([
            Ad("a1", phone: "+32470000041", name: "Lina", text: stock + " Lina"),
            Ad("a2", phone: "+32470000041", name: "Lina"),
            Ad("a3", phone: "+32470000041", name: "Lina"),
            Ad("a4", phone: "+32470000041", name: "Mia"),
            Ad("a5", phone: "+32470000041", name: "Mia"),
            Ad("a6", phone: "+32470000041", name: "Mia"),
            Ad("b1", phone: "+32470000042", name: "Zoe", text: stock + " Zoe"),
            Ad("b2", phone: "+32470000042", name: "Zoe"),
            Ad("b3", phone: "+32470000042", name: "Zoe"),
            Ad("b4", phone: "+32470000042", name: second),
            Ad("b5", phone: "+32470000042", name: second),
            Ad("b6", phone: "+32470000042", name: second),
        ]);
        Assert.Equal(r.Assignments.Single(a => a.AdId == "a1").TemplateId, r.Assignments.Single(a => a.AdId == "b1").TemplateId);
        Assert.NotNull(NetworkOf(r, "a1"));
        Assert.NotNull(NetworkOf(r, "b1"));
        Assert.Equal(shareAWoman, NetworkOf(r, "a1") == NetworkOf(r, "b1"));
    }

    [Fact]
    public void Two_independents_whose_texts_match_stay_apart()
    {
        const string text = "hello gentlemen i am a sweet girl waiting for you in my private apartment call me now for a relaxing time available every day";
        var r = Linker.Link([
            Ad("a", phone: "+32470000031", name: "Lina", text: text),
            Ad("b", phone: "+32470000032", name: "Mia", text: text),
        ]);
        Assert.NotNull(r.Assignments[0].TemplateId);
        Assert.NotEqual(PersonaOf(r, "a"), PersonaOf(r, "b"));
        Assert.Empty(r.Networks);
    }

    [Fact]
    public void Every_ad_gets_an_assignment_in_input_order_and_ids_are_stable()
    {
        var ads = new[] { Ad("a", phone: "+32470000021"), Ad("b", phone: "+32470000021"), Ad("c") };
        var r1 = Linker.Link(ads);
        var r2 = Linker.Link(ads);
        Assert.Equal(["a", "b", "c"], r1.Assignments.Select(a => a.AdId));
        Assert.Equal(r1.Assignments, r2.Assignments);
    }

    [Fact]
    public void Empty_input_gives_an_empty_result()
    {
        var r = Linker.Link([]);
        Assert.Empty(r.Personas);
        Assert.Empty(r.Networks);
    }
}
