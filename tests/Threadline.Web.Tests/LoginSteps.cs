using Microsoft.Playwright;

namespace Threadline.Web.Tests;

/// <summary>
/// The two login pages as a person fills them (name and password, then the code their app shows), shared by the browser
/// fixtures. Each step waits for the next page to be committed, not fully loaded (its assets can be slow on a busy
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
        await Reach(page, "**/login/code**", "the password step of " + user.Name);
        await page.FillAsync("#code", TestUsers.Code(user.Secret, DateTimeOffset.UtcNow));
        await page.ClickAsync("main button[type=submit]");
    }

    private static async Task Reach(IPage page, string pattern, string step)
    {
        try
        {
            await page.WaitForURLAsync(pattern, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException e)
        {
            var text = await page.Locator("main").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            throw new TimeoutException(step + " stayed at " + page.Url + ": " + (text.Length > 400 ? text[..400] : text), e);
        }
    }
}
