using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Threadline.Security.Accounts;

namespace Threadline.Web.Tests;

/// <summary>
/// The app in memory (Microsoft.AspNetCore.Mvc.Testing) over the shared workspace, served as the case
/// <see cref="TestUsers.Case"/> with its own accounts; optionally on a clock the test moves and with every log line kept.
/// </summary>
public sealed class WebFactory(string workspace, TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CookieContainer? _signedIn;

    /// <summary>Every log line the app wrote (any level).</summary>
    public LogCapture Logs { get; } = new();

    public string Workspace => workspace;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting(WebAppOptions.WorkspaceKey, workspace);
        builder.UseSetting(Security.ServerSettings.CaseKey, TestUsers.Case);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddFilter(_ => true);
            logging.AddProvider(Logs);
        });
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Plain() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as an analyst of <see cref="TestUsers.Case"/> (one login per factory, shared cookies).</summary>
    public async Task<HttpClient> SignedIn()
    {
        await _gate.WaitAsync();
        try
        {
            if (_signedIn is null)
            {
                var user = TestUsers.Create(workspace, [Role.Analyst], [TestUsers.Case]);
                var container = new CookieContainer();
                using var client = CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(container));
                var landed = await TestUsers.LogIn(client, user, clock?.GetUtcNow() ?? DateTimeOffset.UtcNow);
                Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
                _signedIn = container;
            }

            return CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(_signedIn));
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
            Logs.Dispose();
        }

        base.Dispose(disposing);
    }
}
