using static Threadline.Linking.Tests.Ads;

namespace Threadline.Linking.Tests;

/// <summary>
/// A text joins the groups that use it only when a group of several women anchors it, and one woman whose name is
/// written several ways ("Sophie" / "Sofia" / "Софи", all 28) is one woman, not a group.
/// </summary>
public sealed class TemplateAnchorTests
{
    private const string Text = "lieve blonde vriendin voor ontspanning en gezelligheid prachtig lichaam natuurlijke borsten warme ontvangst met douche en handdoeken parkeren voor de deur altijd mogelijk";

    private static IEnumerable<AdFeatures> Ads(string phone, string city, params (string Name, int Age, int Count)[] women) =>
        women.SelectMany((w, k) => Enumerable.Range(0, w.Count).Select(i =>
            Ad(phone + "-" + k + "-" + i, phone: phone, name: w.Name, day: (k * 2) + (i * 3), city: city, country: "NL", text: Text + " " + Word((k * 100) + i)) with { Ages = [w.Age] }));

    [Theory]
    [InlineData("Sofia", 28, false)]
    [InlineData("Mila", 24, true)]
    public void An_independent_whose_name_is_written_several_ways_anchors_no_text(string second, int age, bool joined)
    {
        // One number advertises "Sophie" (28) on eight ads, and "Sofia" (28) and "Софи" (28) on two each: one woman whose
        // name is spelt three ways. Another number, another woman, writes the same text. With "Mila" (24) instead of
        // "Sofia", the first number shows two women told apart, a group that anchors the text, and the other joins it.
        var ads = Ads("+31612847973", "Eindhoven", ("Sophie", 28, 8), (second, age, 2), ("Софи", 28, 2))
            .Concat(Ads("+32465816020", "Liège", ("Anaïs", 23, 6))).ToList();
        var r = Linker.Link(ads);
        var network = NetworkOf(r, "+31612847973-0-0");
        Assert.Equal(joined, network is not null && network == NetworkOf(r, "+32465816020-0-0"));
    }

    [Theory]
    [InlineData("1m65, 55kg", true)]
    [InlineData("1m78, 68kg", false)]
    public void A_woman_in_common_keeps_her_figures_from_one_number_to_the_next(string figures, bool joined)
    {
        // Two numbers, each advertising two women with the same text; both show a "Jolie", 25. The first number's Jolie
        // is 1m65 and 55 kg. When the second number's Jolie gives the same figures she is that woman moved to another
        // number (one network); when she is 1m78 and 68 kg she is another woman of a common working name and age.
        IEnumerable<AdFeatures> Women(string phone, string city, string other, string jolieFigures) =>
            Ads(phone, city, ("Jolie", 25, 6), (other, 31, 6)).Select(a => a with
            {
                Body = a.Body + (a.Names[0] == "Jolie" ? " " + jolieFigures : " 1m70, 60kg"),
            });
        var ads = Women("+31612847973", "Eindhoven", "Mila", "1m65, 55kg").Concat(Women("+32465816020", "Liège", "Anaïs", figures)).ToList();
        var r = Linker.Link(ads);
        var network = NetworkOf(r, "+31612847973-0-0");
        Assert.Equal(joined, network is not null && network == NetworkOf(r, "+32465816020-0-0"));
    }
}
