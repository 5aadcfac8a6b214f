namespace Threadline.Storage.Tests;

/// <summary>The merge rule for a statement seen again, as every engine applies it.</summary>
public sealed class SeenWindowTests
{
    [Fact]
    public void An_earlier_sighting_moves_first_seen_and_brings_its_locator()
    {
        var stored = new SeenWindow(10, 20, "b.jsonl:2");
        Assert.Equal(new SeenWindow(5, 20, "a.jsonl:1"), stored.Widen(5, 8, "a.jsonl:1"));
    }

    [Fact]
    public void A_later_sighting_moves_last_seen_and_keeps_the_first_locator()
    {
        var stored = new SeenWindow(10, 20, "b.jsonl:2");
        Assert.Equal(new SeenWindow(10, 30, "b.jsonl:2"), stored.Widen(25, 30, "c.jsonl:3"));
    }

    [Fact]
    public void A_sighting_inside_the_window_changes_nothing()
    {
        var stored = new SeenWindow(10, 20, "b.jsonl:2");
        Assert.Equal(stored, stored.Widen(12, 18, "d.jsonl:4"));
        Assert.Equal(stored, stored.Widen(10, 20, "e.jsonl:5"));
    }

    [Fact]
    public void Unknown_times_never_narrow_known_ones_and_a_missing_locator_is_filled_in()
    {
        Assert.Equal(new SeenWindow(10, 20, "x"), new SeenWindow(10, 20, "x").Widen(null, null, null));
        Assert.Equal(new SeenWindow(10, 20, "y"), new SeenWindow(null, null, null).Widen(new SeenWindow(10, 20, "y")));
        Assert.Equal(new SeenWindow(10, 20, "late"), new SeenWindow(10, 20, null).Widen(15, 15, "late"));
    }
}
