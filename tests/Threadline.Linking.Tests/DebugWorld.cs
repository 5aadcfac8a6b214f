namespace Threadline.Linking.Tests;

public sealed class DebugWorld
{
    [Fact]
    public void Dump()
    {
        var world = MiniWorld.Create(seed: 7, photos: true, banks: true);
        var r = Linker.Link(world.Ads, world.Bookings);
        var lines = new List<string>();
        foreach (var n in r.Networks.Where(n => n.Flagged))
        {
            var ads = n.PersonaIds.SelectMany(id => r.Personas.First(p => p.Id == id).AdIds).ToList();
            var kinds = ads.Select(a => world.PersonaOf[a]).GroupBy(x => x).Select(g => g.Key + ":" + g.Count());
            lines.Add($"{n.Id} {n.Risk.Total} {string.Join(",", kinds)} | {string.Join("; ", n.Evidence.Take(6).Select(e => e.Reason))} || {string.Join("; ", n.Risk.Parts.Select(p => p.Name + "=" + p.Points))}");
        }

        lines.AddRange(r.Hubs.Select(h => $"HUB {h.Kind} {h.Value} {h.AdCount} {h.Reason}"));
        File.WriteAllLines("/tmp/linkdebug.txt", lines);
    }
}
