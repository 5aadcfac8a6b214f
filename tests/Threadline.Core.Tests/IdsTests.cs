using Threadline.Core;

namespace Threadline.Core.Tests;

public sealed class IdsTests
{
    [Fact]
    public void Same_key_gives_same_id()
    {
        Assert.Equal(Ids.Make("ad", "siteA", "123"), Ids.Make("ad", "siteA", "123"));
    }

    [Fact]
    public void Parts_are_separated_so_shifting_characters_changes_the_id()
    {
        Assert.NotEqual(Ids.Make("ad", "ab", "c"), Ids.Make("ad", "a", "bc"));
    }

    [Fact]
    public void Id_is_stable_across_runs_and_machines()
    {
        Assert.Equal("ad-", Ids.Make("ad", "x")[..3]);
        Assert.Equal(35, Ids.Make("ad", "x").Length);
        Assert.Equal(Ids.Hash("x"), Ids.Make("ad", "x")[3..]);
    }
}
