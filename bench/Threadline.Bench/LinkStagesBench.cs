using System.Diagnostics;
using System.Globalization;
using Threadline.Application.Ingest;
using Threadline.Application.Link;
using Threadline.Linking;
using Threadline.Storage.Engines;

namespace Threadline.Bench;

/// <summary>
/// The link stage of a workspace taken apart, read-only (nothing is written): reading the ads with their extraction
/// statements, reading the bookings, linking. Each part's wall and process CPU seconds and the peak memory after it, to
/// say where a link's time goes (issue 13.8). <c>bench link-stages WORKSPACE</c>.
/// </summary>
public sealed class LinkStagesBench : IBenchScript
{
    public string Name => "link-stages";

    public string Description => "WORKSPACE [--read-only]: time reading ads, reading bookings and linking of a linked or extracted workspace, read-only";

    public int Run(string[] args)
    {
        if (args.Length is < 1 or > 2 || (args.Length == 2 && args[1] != "--read-only"))
        {
            Console.Error.WriteLine("usage: bench link-stages WORKSPACE [--read-only]");
            return 2;
        }

        using var store = WorkspaceStores.OpenReadOnly(args[0]);
        var process = Process.GetCurrentProcess();
        var (wall, cpu) = (Stopwatch.StartNew(), process.TotalProcessorTime);
        void Report(string part)
        {
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{part,-16} {wall.Elapsed.TotalSeconds,8:F1} s wall {(process.TotalProcessorTime - cpu).TotalSeconds,8:F1} CPU s   {PeakMemory.Describe()}, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, {GC.GetTotalAllocatedBytes() / (1 << 20):N0} MiB allocated"));
            (wall, cpu) = (Stopwatch.StartNew(), process.TotalProcessorTime);
        }

        var (ads, _) = AdFeatureReader.ReadWithStorageRank(store, new Dictionary<string, ulong>());
        Report("read ads");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ads.Count:N0} ads"));
        var bookings = BookingIngest.Read(store);
        Report("read bookings");
        if (args.Length == 2)
        {
            return 0;
        }

        var result = Linker.Link(ads, bookings, new LinkOptions { CityKey = Threadline.Extraction.CityKeys.Key });
        Report("link");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ads.Count:N0} ads, {bookings.Count:N0} bookings, {result.Personas.Count:N0} personas, {result.Networks.Count:N0} networks"));
        Console.WriteLine("linker stages (s): " + string.Join(", ", result.Statistics.StageSeconds.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:F1}"))));
        // A digest of the input order and of the result, to show that a change to the reading leaves both as they were.
        var digest = new System.Text.StringBuilder();
        foreach (var booking in bookings)
        {
            digest.Append(booking.BookingRef).Append('|').Append(booking.BookerName).Append('\n');
        }

        foreach (var a in result.Assignments)
        {
            digest.Append(a.AdId).Append('|').Append(a.PersonaId).Append('|').Append(a.NetworkId).Append('\n');
        }

        Console.WriteLine("digest of bookings and assignments: " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(digest.ToString())))[..16]);
        return 0;
    }
}
