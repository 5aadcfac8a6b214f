namespace Threadline.Cli.Tests.Export;

/// <summary>Finds FollowTheMoney's model at &lt;repo root&gt;/../shared/data/ftm/defaultModel.json (not shipped with the repository).</summary>
internal static class SharedFtm
{
    public static string? ModelPath { get; } = Find();

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Threadline.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            return null;
        }

        var path = Path.Combine(dir.Parent.FullName, "shared", "data", "ftm", "defaultModel.json");
        return File.Exists(path) ? path : null;
    }
}
