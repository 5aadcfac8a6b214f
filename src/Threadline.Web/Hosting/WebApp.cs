using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using System.Text.Json.Serialization;
using Threadline.Web.Api;
using Threadline.Security.Access;
using Threadline.Web.Assets;
using Threadline.Web.Security;

namespace Threadline.Web;

/// <summary>
/// Composes the web app: the read-only workspace, JSON that speaks snake_case like the CLI's <c>--json</c>, security
/// headers, the API (<c>/api/…</c>, described at <c>/openapi/v1.json</c>), the pages and the embedded assets.
/// </summary>
public static class WebApp
{
    /// <summary>A builder reading <c>--workspace</c> and <c>--urls</c> from the arguments.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(WebAppOptions.DefaultUrl);
        }

        return builder;
    }

    /// <summary>Adds the app's services and builds it.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The key ring is kept unencrypted in a folder only the server's user can open (PrivateKeyRepository): said once in
        // docs/security.md, not at every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // Every page already says Cache-Control: no-store (SecurityHeaders); anti-forgery then replaces it with its own
        // no-cache, no-store and warns on each page that holds a form. That is what we want, so it is not worth a line.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Antiforgery", LogLevel.Error);
        ServerThreads.Reserve();
        builder.AddThreadlineSecurity();
        builder.AddSearchGate();
        if (new ServerSettings(builder.Configuration).NoAuth && !WebAppOptions.IsLoopbackOnly(builder.Configuration["urls"] ?? WebAppOptions.DefaultUrl))
        {
            throw new InvalidOperationException("--no-auth serves loopback addresses only (127.0.0.1, [::1], localhost): anyone who can reach the port would act as you");
        }

        // The workspace of a request is its case's, resolved (after the access check) by RequestAccess.
        builder.Services.AddScoped(sp => sp.GetRequiredService<RequestCase>().RequireWorkspace());
        // One view per request: it asks the store whether the workspace changed once, not at every index it reads.
        builder.Services.AddScoped(sp => sp.GetRequiredService<RequestCase>().RequireWorkspace().Investigation.Pinned());
        builder.Services.AddSingleton<AssetCatalog>();
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddRazorPages(o =>
            {
                // Every page that shows a case's data is checked and audited by RequestAccess before it runs.
                foreach (var page in DataPages)
                {
                    o.Conventions.AddPageApplicationModelConvention(page, m => m.EndpointMetadata.Add(new AccessAttribute(AccessKind.CaseData)));
                }

                // Searches take their turn (SearchGate), the page as the API.
                o.Conventions.AddPageApplicationModelConvention("/Search", m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(SearchGate.Policy)));
            })
            .ConfigureApplicationPartManager(manager =>
            {
                // The pages are compiled into this assembly, which is not the entry assembly when the CLI hosts the app.
                var assembly = typeof(WebApp).Assembly;
                foreach (var part in manager.ApplicationParts.Where(p => p is Microsoft.AspNetCore.Mvc.ApplicationParts.AssemblyPart a && a.Assembly == assembly).ToList())
                {
                    manager.ApplicationParts.Remove(part);
                }

                foreach (var part in Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    if (!manager.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
                    {
                        manager.ApplicationParts.Add(part);
                    }
                }
            });
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            pages =>
            {
                pages.UseExceptionHandler("/status/500");
                pages.UseStatusCodePagesWithReExecute("/status/{0}");
            });
        // Routing after the status-code pages, so that re-executing /status/404 finds its page.
        app.UseRouting();
        app.UseThreadlineSecurity();
        // After the access check: a request refused there never waits for a search's turn.
        app.UseRateLimiter();
        // Every endpoint is mapped here, and only here: the pages, the data (API and photos), the OpenAPI document and the
        // embedded assets. Every one needs a verified session (the fallback policy) unless it allows anonymous access
        // (login, status pages, assets); those that reach a case's data carry AccessAttribute.
        app.MapOpenApi();
        app.MapAssets();
        app.MapThreadlineApi().WithMetadata(new AccessAttribute(AccessKind.CaseData));
        app.MapRazorPages();
        return app;
    }

    /// <summary>The pages that show a case's data.</summary>
    public static IReadOnlyList<string> DataPages { get; } = ["/Index", "/Network", "/Persona", "/Ad", "/Identifier", "/Account", "/Search", "/Cases", "/Case"];

    /// <summary>The JSON the API writes: the records' own names in snake_case (as the CLI's <c>--json</c>), enums by name.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter());
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
    }
}
