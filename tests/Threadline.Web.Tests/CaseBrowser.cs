using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Threadline.Web.Tests;

/// <summary>
/// The app on a loopback port and Chromium, with one signed-in browser context per account (the case-work path needs a
/// case lead, a victim-support member and an analyst side by side).
/// </summary>
public sealed class CaseBrowser : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private CaseBrowser(WebApplication app, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        _app = app;
        _playwright = playwright;
        _browser = browser;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>Answers of 400 and above, with their URL.</summary>
    public List<string> FailedResponses { get; } = [];

    public static async Task<CaseBrowser> Start(string workspace)
    {
        var app = WebApp.Build(WebApp.CreateBuilder(["--workspace", workspace, "--case", TestUsers.Case, "--urls", "http://127.0.0.1:0"]));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Browser.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        return new CaseBrowser(app, playwright, browser, address.TrimEnd('/'));
    }

    /// <summary>Signs <paramref name="user"/> in through the login pages and returns a page of that session.</summary>
    public async Task<IPage> SignIn(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (FailedResponses)
                {
                    FailedResponses.Add(response.Status + " " + response.Url);
                }
            }
        };
        await LoginSteps.PasswordThenCode(page, BaseUrl, user);
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            var text = await page.Locator("main").InnerTextAsync();
            throw new TimeoutException("the login of " + user.Name + " stayed at " + page.Url + ": " + (text.Length > 400 ? text[..400] : text), e);
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
