namespace Threadline.Web.Tests;

/// <summary>
/// A real-browser test: skipped, with the reason shown, when Debian's Chromium is not installed (test.sh installs it when
/// it runs as root) or when the npm libraries were not installed at build time (the pictures need them).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Browser.ExecutablePath))
        {
            Skip = $"Chromium not found at {Browser.ExecutablePath}: install Debian's chromium (test.sh does, as root: apt-get install -y chromium) or set THREADLINE_CHROMIUM";
        }
        else if (!new Assets.AssetCatalog().HasLibraries)
        {
            Skip = "the npm libraries (cytoscape, leaflet) were not installed when Threadline.Web was built: run npm ci in src/Threadline.Web";
        }
    }
}
