using System.Text.Json;

namespace Threadline.Simulation.Truth;

/// <summary>
/// The ground truth of a simulated world, read back from its output folder (the folder given to
/// <see cref="Simulator.Run"/>, or its <c>truth/</c> subfolder). <see cref="Load"/> reads everything into
/// memory; the <c>Read…</c> methods stream one file for worlds too large for that.
/// </summary>
public sealed class TruthSet
{
    private TruthSet(string folder, IReadOnlyList<AdTruth> ads, IReadOnlyList<PersonaTruth> personas, IReadOnlyList<NetworkTruth> networks, IReadOnlyList<BookingTruth> bookings, IReadOnlyList<AccountTruth> accounts, IReadOnlyList<TransactionTruth> transactions, WorldInfo world)
    {
        Folder = folder;
        Ads = ads;
        Personas = personas;
        Networks = networks;
        Bookings = bookings;
        Accounts = accounts;
        Transactions = transactions;
        World = world;
        PersonaById = personas.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        NetworkById = networks.GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        AdsByKey = ads.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<AdTruth>)g.ToList());
    }

    /// <summary>The truth folder read.</summary>
    public string Folder { get; }

    /// <summary>One entry per written ad record (versions of one ad share its key).</summary>
    public IReadOnlyList<AdTruth> Ads { get; }

    public IReadOnlyList<PersonaTruth> Personas { get; }

    /// <summary>Trafficking networks, agencies, scams and bots.</summary>
    public IReadOnlyList<NetworkTruth> Networks { get; }

    public IReadOnlyList<BookingTruth> Bookings { get; }

    public IReadOnlyList<AccountTruth> Accounts { get; }

    public IReadOnlyList<TransactionTruth> Transactions { get; }

    /// <summary>Options and counts of the run.</summary>
    public WorldInfo World { get; }

    public IReadOnlyDictionary<string, PersonaTruth> PersonaById { get; }

    public IReadOnlyDictionary<string, NetworkTruth> NetworkById { get; }

    /// <summary>Ad versions by (site, ad_id), the key the ingest uses.</summary>
    public IReadOnlyDictionary<AdKey, IReadOnlyList<AdTruth>> AdsByKey { get; }

    /// <summary>Reads all truth files of a simulated world.</summary>
    /// <exception cref="DirectoryNotFoundException">No truth folder there.</exception>
    /// <exception cref="InvalidDataException">A truth file is malformed.</exception>
    public static TruthSet Load(string folder)
    {
        var dir = TruthFolder(folder);
        return new TruthSet(
            dir,
            ReadAds(folder).ToList(),
            ReadPersonas(folder).ToList(),
            ReadNetworks(folder).ToList(),
            ReadBookings(folder).ToList(),
            ReadAccounts(folder).ToList(),
            ReadTransactions(folder).ToList(),
            ReadWorld(folder));
    }

    public static IEnumerable<AdTruth> ReadAds(string folder) => Lines<AdTruth>(folder, TruthJson.Ads);

    public static IEnumerable<PersonaTruth> ReadPersonas(string folder) => Lines<PersonaTruth>(folder, TruthJson.Personas);

    public static IEnumerable<NetworkTruth> ReadNetworks(string folder) => Lines<NetworkTruth>(folder, TruthJson.Networks);

    public static IEnumerable<BookingTruth> ReadBookings(string folder) => Lines<BookingTruth>(folder, TruthJson.Bookings);

    public static IEnumerable<AccountTruth> ReadAccounts(string folder) => Lines<AccountTruth>(folder, TruthJson.Accounts);

    public static IEnumerable<TransactionTruth> ReadTransactions(string folder) => Lines<TransactionTruth>(folder, TruthJson.Transactions);

    public static WorldInfo ReadWorld(string folder)
    {
        var path = Path.Combine(TruthFolder(folder), TruthJson.World);
        try
        {
            return JsonSerializer.Deserialize<WorldInfo>(File.ReadAllText(path), TruthJson.Options) ?? throw new InvalidDataException(path + " is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(path + ": " + e.Message, e);
        }
    }

    /// <summary>The <c>truth/</c> folder of an output folder (or the folder itself if it holds the truth files).</summary>
    public static string TruthFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (File.Exists(Path.Combine(folder, TruthJson.World)))
        {
            return folder;
        }

        var sub = Path.Combine(folder, "truth");
        if (File.Exists(Path.Combine(sub, TruthJson.World)))
        {
            return sub;
        }

        throw new DirectoryNotFoundException("no simulator truth (truth/world.json) under " + folder);
    }

    private static IEnumerable<T> Lines<T>(string folder, string file)
    {
        var path = Path.Combine(TruthFolder(folder), file);
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0)
            {
                continue;
            }

            T? value;
            try
            {
                value = JsonSerializer.Deserialize<T>(line, TruthJson.Options);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{n}: {e.Message}", e);
            }

            if (value is null)
            {
                throw new InvalidDataException($"{path}:{n}: null record");
            }

            yield return value;
        }
    }
}

/// <summary>The run's options and counts (truth/world.json).</summary>
public sealed record WorldInfo(
    string Generator,
    int FormatVersion,
    long Seed,
    int Ads,
    bool Images,
    string Start,
    int Days,
    IReadOnlyList<string> Profiles,
    IReadOnlyList<SiteInfoTruth> Sites,
    IReadOnlyList<string> Platforms,
    IReadOnlyDictionary<string, long> AdsByActor,
    long Personas,
    long TraffickingNetworks,
    long Agencies,
    long Bookings,
    long Transactions,
    long StatementFiles,
    long ImageFiles);

/// <summary>A site of the world and its export format (jsonl, csv, html).</summary>
public sealed record SiteInfoTruth(string Name, string Format);
