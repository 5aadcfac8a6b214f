using Microsoft.Playwright;

namespace Threadline.Web.Tests;

/// <summary>Saves screenshots of the main pages under docs/screenshots/ (shown in the README).</summary>
internal static class Screenshots
{
    public static string? Folder { get; } = Find();

    public static async Task Save(IPage page, string name)
    {
        if (Folder is null)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Threadline.slnx")))
        {
            dir = dir.Parent;
        }

        return dir is null ? null : Path.Combine(dir.FullName, "docs", "screenshots");
    }

    /// <summary>axe-core from the web project's npm packages, or null when they were not installed.</summary>
    public static string? AxeScript()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Threadline.slnx")))
        {
            dir = dir.Parent;
        }

        var path = dir is null ? null : Path.Combine(dir.FullName, "src", "Threadline.Web", "node_modules", "axe-core", "axe.min.js");
        return path is not null && File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
