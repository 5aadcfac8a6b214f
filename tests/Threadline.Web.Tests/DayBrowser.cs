using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Threadline.Web.Tests;

/// <summary>
/// The app on a loopback port and Chromium with one signed-in browser context per user (several at once: teams in the
/// field and the board), for the action-day browser tests. Console errors (a CSP violation shows there) are kept.
/// </summary>
internal sealed class DayBrowser : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Dictionary<string, string> _sessions = new(StringComparer.Ordinal);

    private DayBrowser(WebApplication app, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        _app = app;
        _playwright = playwright;
        _browser = browser;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public List<string> ConsoleErrors { get; } = [];

    public static async Task<DayBrowser> Start(string workspace)
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
        return new DayBrowser(app, playwright, browser, address.TrimEnd('/'));
    }

    /// <summary>Logs a user in through the login pages once and keeps the session.</summary>
    public async Task LogIn(TestUser user)
    {
        var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await LoginSteps.PasswordThenCode(page, BaseUrl, user);
        // The session is made once the code is taken: the leads page it lands on need not finish loading (a busy machine).
        await LoginSteps.Reach(page, url => url == BaseUrl + "/", "the code step of " + user.Name, TimeSpan.FromSeconds(120));
        _sessions[user.Name] = await context.StorageStateAsync();
        await context.CloseAsync();
    }

    /// <summary>A page in a new context of its own, signed in as <paramref name="user"/>.</summary>
    public async Task<IPage> Open(TestUser user, string path, int width = 1280, int height = 800)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, StorageState = _sessions[user.Name] });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (ConsoleErrors)
                {
                    ConsoleErrors.Add(message.Text + " (" + message.Location + ")");
                }
            }
        };
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(BaseUrl + path);
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
