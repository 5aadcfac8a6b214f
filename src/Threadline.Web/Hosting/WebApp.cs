using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using System.Text.Json.Serialization;
using Threadline.Web.Api;
using Threadline.Web.Assets;

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
        builder.Services.AddSingleton(sp => new WorkspaceHolder(sp.GetRequiredService<IConfiguration>()[WebAppOptions.WorkspaceKey]
            ?? throw new InvalidOperationException("no workspace: pass --workspace PATH")));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<WorkspaceHolder>().Investigation);
        builder.Services.AddSingleton<AssetCatalog>();
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        builder.Services.AddOpenApi();
        // Nothing is posted and nothing is kept: no keys are written for a read-only app.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddRazorPages(o => o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()))
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
        // Every endpoint is mapped here, and only here: the pages, the data (API and photos), the OpenAPI document and the
        // embedded assets. Access control, when it comes, is one convention on each of these builders.
        app.MapOpenApi();
        app.MapAssets();
        app.MapThreadlineApi();
        app.MapRazorPages();
        return app;
    }

    /// <summary>The JSON the API writes: the records' own names in snake_case (as the CLI's <c>--json</c>), enums by name.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter());
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
    }
}
