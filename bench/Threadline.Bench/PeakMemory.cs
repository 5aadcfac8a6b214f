using System.Globalization;

namespace Threadline.Bench;

/// <summary>Reads the process's peak resident set (VmHWM) from /proc, the figure the issues ask for.</summary>
public static class PeakMemory
{
    public static long PeakBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kb * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return Environment.WorkingSet;
    }

    public static string Describe() => string.Create(CultureInfo.InvariantCulture, $"{PeakBytes() / (1024.0 * 1024.0):F0} MiB peak RSS");
}
