using Microsoft.Playwright;

namespace Threadline.Web.Tests;

/// <summary>Saves screenshots of the main pages under docs/screenshots/ (shown in the README).</summary>
internal static class Screenshots
{
    public static string? Folder { get; } = Find();

    /// <summary>
    /// What the analyst sees in a 1280×800 window (not the whole page: the files stay small), scrolled so that the
    /// element <paramref name="at"/> (a CSS selector) is at the top when one is given.
    /// </summary>
    public static async Task Save(IPage page, string name, string? at = null)
    {
        if (Folder is null)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        if (at is not null)
        {
            await page.EvalOnSelectorAsync(at, "(e) => { e.scrollIntoView({ block: 'start' }); window.scrollBy(0, -8); }");
            await page.WaitForTimeoutAsync(150);
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = false, Animations = ScreenshotAnimations.Disabled });
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
