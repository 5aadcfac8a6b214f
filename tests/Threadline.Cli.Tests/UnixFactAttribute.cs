namespace Threadline.Cli.Tests;

/// <summary>A fact about Unix file types (FIFOs, links to devices), skipped with the reason shown elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "needs a Unix file system (mkfifo, /dev/zero)";
        }
    }
}
