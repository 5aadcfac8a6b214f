namespace Threadline.Extraction.Tests;

/// <summary>
/// The golden handle table (golden/handles.tsv, issue 15 item 4): a link gives the number or user name it points to,
/// group invites and opaque links give nothing, and a value that is no plausible account is dropped with a note.
/// </summary>
public sealed class GoldenHandleTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var row in Shared.Golden("handles.tsv"))
        {
            data.Add(row[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_case_reads_the_expected_handles_phones_and_notes(string id)
    {
        var row = Shared.Golden("handles.tsv").Single(r => r[0] == id);
        var r = Shared.Body(row[2], row[1]);
        var handles = r.Handles.Select(h => h.Service + ":" + h.Username).Order(StringComparer.Ordinal).ToArray();
        var expected = row[3] == "-" ? [] : row[3].Split('|').Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(handles, StringComparer.Ordinal), $"{id}: expected handles [{string.Join(", ", expected)}] got [{string.Join(", ", handles)}]");
        var phones = r.Phones.Select(p => p.E164).Order(StringComparer.Ordinal).ToArray();
        var expectedPhones = row[4] == "-" ? [] : row[4].Split('|').Order(StringComparer.Ordinal).ToArray();
        Assert.True(expectedPhones.SequenceEqual(phones, StringComparer.Ordinal), $"{id}: expected phones [{string.Join(", ", expectedPhones)}] got [{string.Join(", ", phones)}]");
        if (row[5] != "-")
        {
            Assert.Contains(r.Notes, n => n.Contains(row[5], StringComparison.Ordinal));
        }

        Assert.True(r.Emails.Count == 0 || !row[2].Contains("://", StringComparison.Ordinal) && !row[2].Contains(".me/", StringComparison.Ordinal),
            $"{id}: a link read as an e-mail: {string.Join(", ", r.Emails.Select(e => e.Address))}");
        foreach (var h in r.Handles)
        {
            Assert.Equal(h.Span.Text, row[2].Substring(h.Span.Start, h.Span.Length));
        }
    }

    [Theory]
    [InlineData("WhatsApp: wa.me/32470123456", "WhatsApp: wa.me/31612345678", "NL")]
    [InlineData("WhatsApp https://api.whatsapp.com/send?phone=32470123456", "WhatsApp https://api.whatsapp.com/send?phone=33612345678", "FR")]
    [InlineData("Telegram: t.me/lina_rose", "Telegram: t.me/sweet_mila", "BE")]
    public void Two_advertisers_with_links_to_the_same_service_share_no_handle(string first, string second, string country)
    {
        var a = Shared.Body(first).Handles.Select(h => h.Service + ":" + h.Username).ToHashSet(StringComparer.Ordinal);
        var b = Shared.Body(second, country).Handles.Select(h => h.Service + ":" + h.Username).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(a);
        Assert.NotEmpty(b);
        Assert.False(a.Overlaps(b), $"shared handle: {string.Join(", ", a.Intersect(b))}");
    }

    [Theory]
    [InlineData("https")]
    [InlineData("http")]
    [InlineData("wa.me")]
    [InlineData("t.me")]
    [InlineData("api.whatsapp.com")]
    [InlineData("send")]
    [InlineData("joinchat")]
    public void A_scheme_host_or_path_word_is_never_a_handle(string word)
    {
        foreach (var text in new[] { "WhatsApp: " + word, "Telegram: @" + word, "Instagram: " + word, "WhatsApp " + word + " Telegram " + word })
        {
            var r = Shared.Body(text);
            Assert.DoesNotContain(r.Handles, h => string.Equals(h.Username, word, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void A_phone_given_only_by_a_link_is_added_to_the_phones_with_its_technique()
    {
        var r = Shared.Body("Viber viber://chat?number=%2B32%20470%20123456");
        var p = Assert.Single(r.Phones);
        Assert.Equal("+32470123456", p.E164);
        Assert.Contains(PhoneTechniques.MessagingLink, p.Techniques);
    }
}
