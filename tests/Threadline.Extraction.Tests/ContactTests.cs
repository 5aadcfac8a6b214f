namespace Threadline.Extraction.Tests;

public sealed class ContactTests
{
    [Theory]
    [InlineData("Mail me: lina.rose22@example.com", "lina.rose22@example.com", false)]
    [InlineData("Schrijf naar lotte_b at example dot com", "lotte_b@example.com", true)]
    [InlineData("écris-moi julie77 [at] example [dot] fr", "julie77@example.fr", true)]
    [InlineData("email: anna.k (at) example (punto) it", "anna.k@example.it", true)]
    public void Reads_plain_and_obfuscated_emails(string body, string address, bool obfuscated)
    {
        var r = Shared.Body(body);
        var e = Assert.Single(r.Emails);
        Assert.Equal(address, e.Address);
        Assert.Equal(obfuscated, e.Obfuscated);
        Assert.Equal(e.Span.Text, body.Substring(e.Span.Start, e.Span.Length));
    }

    [Theory]
    [InlineData("Telegram: @lina_rose22", "telegram", "lina_rose22")]
    [InlineData("Snapchat: julie.x77", "snapchat", "julie.x77")]
    [InlineData("Insta @sweet_lena", "instagram", "sweet_lena")]
    [InlineData("WeChat ID: lina8888", "wechat", "lina8888")]
    [InlineData("微信: lina8888", "wechat", "lina8888")]
    [InlineData("Line ID: rose_22", "line", "rose_22")]
    [InlineData("Kik: julie_kik", "kik", "julie_kik")]
    [InlineData("Skype: live:lina.rose", "skype", "live:lina.rose")]
    [InlineData("my onlyfans: onlyfans.com/lina_rose", "onlyfans", "lina_rose")]
    [InlineData("join t.me/lina_channel", "telegram", "lina_channel")]
    public void Reads_messaging_and_social_handles(string body, string service, string username)
    {
        var r = Shared.Body(body);
        Assert.Contains(r.Handles, h => h.Service == service && h.Username == username.Replace("live:", "", StringComparison.Ordinal) || h.Service == service && h.Username == username);
    }

    [Theory]
    [InlineData("WhatsApp +32 470 12 34 56", "whatsapp")]
    [InlineData("Signal: 0470 12 34 56", "signal")]
    public void Phone_based_handles_carry_the_number(string body, string service)
    {
        var r = Shared.Body(body);
        Assert.Contains(r.Handles, h => h.Service == service && h.Username == "+32470123456");
    }

    [Fact]
    public void Everyday_words_after_a_service_name_are_not_handles()
    {
        var r = Shared.Body("Contact by line or signal only. Instagram account soon.");
        Assert.Empty(r.Handles);
    }

    [Theory]
    [InlineData("Book her at wa.me/+32470123456")]
    [InlineData("Text me at t.me/lina_rose please")]
    [InlineData("see us at rosegarden.example/ad/123")]
    public void A_host_with_a_path_after_at_is_a_link_not_an_email(string body)
    {
        var r = Shared.Body(body);
        Assert.Empty(r.Emails);
        Assert.Single(r.Urls);
    }

    [Fact]
    public void Reads_urls_but_not_email_domains()
    {
        var r = Shared.Body("See https://rosegarden.example/ad/123 or www.example.com, mail lina@example.org");
        Assert.Equal(["https://rosegarden.example/ad/123", "www.example.com"], r.Urls.Select(u => u.Url).ToArray());
        Assert.Equal("rosegarden.example", r.Urls[0].Host);
    }
}
