namespace Threadline.Matching.Tests;

/// <summary>Finds the third-party data at &lt;repo root&gt;/../shared/data.</summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root ?? "/nonexistent", .. parts]);

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Threadline.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            return null;
        }

        var data = System.IO.Path.Combine(dir.Parent.FullName, "shared", "data");
        return Directory.Exists(data) ? data : null;
    }
}

/// <summary>A fact that is skipped, with the reason shown, when a shared data folder is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder)
    {
        if (SharedData.Root is null || !Directory.Exists(SharedData.Path(folder)))
        {
            Skip = $"shared data folder '{folder}' not found at <repo root>/../shared/data/{folder}; third-party samples are not shipped with the repository";
        }
    }
}
