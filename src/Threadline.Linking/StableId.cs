using System.Globalization;

namespace Threadline.Linking;

/// <summary>Short, stable ids from a member key (FNV-1a 64 over UTF-16), so the same grouping gets the same id in every run.</summary>
internal static class StableId
{
    public static string Of(string prefix, string key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return prefix + h.ToString("x16", CultureInfo.InvariantCulture)[..12];
    }
}
