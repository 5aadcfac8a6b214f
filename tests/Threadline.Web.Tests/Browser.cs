using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Threadline.Web.Tests;

/// <summary>
/// The app on a real loopback port and Debian's Chromium driven by Playwright (its own browser download is not reachable
/// here). Chromium starts headless with an empty profile and without its background connections. Every request the
/// page makes is logged, so a test can show that none left 127.0.0.1.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("THREADLINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private string? _session;

    private Browser(WebApplication app, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        _app = app;
        _playwright = playwright;
        _browser = browser;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>Every URL any page of this browser asked for.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Answers of 400 and above, with their URL.</summary>
    public List<string> FailedResponses { get; } = [];

    /// <summary>Console errors (a CSP violation shows here).</summary>
    public List<string> ConsoleErrors { get; } = [];

    public static async Task<Browser> Start(string workspace)
    {
        var app = WebApp.Build(WebApp.CreateBuilder(["--workspace", workspace, "--case", TestUsers.Case, "--urls", "http://127.0.0.1:0"]));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        var started = new Browser(app, playwright, browser, address.TrimEnd('/'));
        await started.LogIn(TestUsers.Create(workspace, [Threadline.Security.Accounts.Role.Analyst], [TestUsers.Case], "browser"));
        return started;
    }

    /// <summary>
    /// Logs in through the login pages as a person would (name and password, then the code their app shows) and keeps the
    /// session, so every page opened later is signed in without another login (a TOTP code is accepted once).
    /// </summary>
    private async Task LogIn(TestUser user)
    {
        var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await LoginSteps.PasswordThenCode(page, BaseUrl, user);
        await page.WaitForURLAsync(BaseUrl + "/");
        _session = await context.StorageStateAsync();
        await context.CloseAsync();
    }

    public async Task<IPage> Open(string path)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, AcceptDownloads = true, StorageState = _session });
        var page = await context.NewPageAsync();
        page.Request += (_, request) =>
        {
            lock (Requests)
            {
                Requests.Add(request.Url);
            }
        };
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
        // The machine running the tests may be busy: generous timeouts, never an endless wait.
        page.SetDefaultTimeout(60_000);
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
