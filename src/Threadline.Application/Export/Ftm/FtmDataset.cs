using System.Text.RegularExpressions;

namespace Threadline.Application.Export.Ftm;

/// <summary>FollowTheMoney dataset names: lower-case letters, digits and <c>_</c>, starting with a letter, 100 at most.</summary>
public static partial class FtmDataset
{
    public static bool IsValid(string? name) => name is not null && NameRegex().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,99}$")]
    private static partial Regex NameRegex();
}
