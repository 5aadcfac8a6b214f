using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Threadline.Web.Tests;

/// <summary>The app in memory (Microsoft.AspNetCore.Mvc.Testing) over the shared workspace.</summary>
public sealed class WebFactory(string workspace) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting(WebAppOptions.WorkspaceKey, workspace);
    }
}
