using System.Diagnostics;
using Microsoft.Playwright;

namespace Threadline.Web.Tests;

/// <summary>
/// The two login pages as a person fills them (name and password, then the code their app shows), shared by the browser
/// fixtures. Each step waits for the next page's address, not for the page to load (its assets can be slow on a busy
/// machine; the next fill waits for its field anyway), and a step that does not move on says where it stayed and what
/// the page said.
/// </summary>
internal static class LoginSteps
{
    public static async Task PasswordThenCode(IPage page, string baseUrl, TestUser user)
    {
        await page.GotoAsync(baseUrl + "/");
        await page.WaitForURLAsync("**/login**");
        await page.FillAsync("#name", user.Name);
        await page.FillAsync("#password", TestUsers.Password);
        await page.ClickAsync("main button[type=submit]");
        await Reach(page, url => url.Contains("/login/code", StringComparison.Ordinal), "the password step of " + user.Name);
        await page.FillAsync("#code", TestUsers.Code(user.Secret, DateTimeOffset.UtcNow));
        await page.ClickAsync("main button[type=submit]");
    }

    /// <summary>
    /// Waits, at most <paramref name="timeout"/>, until the page's address satisfies <paramref name="reached"/>. Playwright's
    /// own <c>WaitForURLAsync</c> with <c>WaitUntil = Commit</c> is not used: when the address already matches on the call
    /// (a fast server redirects before the call is made) it waits for the <c>load</c> event instead, which a busy machine
    /// may not deliver within the timeout (a CI run failed so on 5 December 2026). The address is the one Playwright
    /// keeps from the frame's navigation events, so polling it costs nothing in the browser.
    /// </summary>
    public static async Task Reach(IPage page, Func<string, bool> reached, string step, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        var clock = Stopwatch.StartNew();
        while (!reached(page.Url))
        {
            if (clock.Elapsed > limit)
            {
                var text = await page.Locator("main").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
                throw new TimeoutException(step + " stayed at " + page.Url + " for " + (int)limit.TotalSeconds + " s: " + (text.Length > 400 ? text[..400] : text));
            }

            await Task.Delay(50);
        }
    }
}
