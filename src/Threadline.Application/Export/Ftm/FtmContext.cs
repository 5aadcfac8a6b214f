using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// What the mappers look up while an export runs: site names, city names and source file names (small tables read
/// first), which entities the export holds (so a reference never points outside it), each persona's network, and the
/// owners of handles and people in photos (gathered from the ads, which are mapped first).
/// </summary>
public sealed class FtmContext
{
    private readonly HashSet<string> _included;
    private readonly HashSet<string>? _selected;
    private readonly Dictionary<string, SortedSet<string>> _handleOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _pictured = new(StringComparer.Ordinal);

    internal FtmContext(
        ExportProblems problems,
        IReadOnlyDictionary<string, (string Name, string? Website)> sites,
        IReadOnlyDictionary<string, string> places,
        IReadOnlyDictionary<string, string> sourceFiles,
        HashSet<string> included,
        HashSet<string>? selected,
        IReadOnlyDictionary<string, string> accountHolders,
        IReadOnlySet<string> types)
    {
        Problems = problems;
        Sites = sites;
        Places = places;
        SourceFiles = sourceFiles;
        _included = included;
        _selected = selected;
        AccountHolders = accountHolders;
        Types = types;
    }

    public ExportProblems Problems { get; }

    /// <summary>Site id → its name and website.</summary>
    public IReadOnlyDictionary<string, (string Name, string? Website)> Sites { get; }

    /// <summary>Location id → the city's name.</summary>
    public IReadOnlyDictionary<string, string> Places { get; }

    /// <summary>Source id → the name of the file it stands for (file sources only).</summary>
    public IReadOnlyDictionary<string, string> SourceFiles { get; }

    /// <summary>Account id → the id of its holder in the export (a derived LegalEntity, or the account's Person).</summary>
    public IReadOnlyDictionary<string, string> AccountHolders { get; }

    /// <summary>The Threadline types the export maps.</summary>
    public IReadOnlySet<string> Types { get; }

    /// <summary>Whether the export writes the entity with this id (ads aside: nothing points at an ad but its own Documentation).</summary>
    public bool Includes(string id) => _included.Contains(id);

    /// <summary>Whether this entity is one the export maps.</summary>
    public bool Selected(Entity entity) => Types.Contains(entity.Schema) && (_selected is null || _selected.Contains(entity.Id));

    /// <summary>Types whose entities other entities point at, so the export keeps their ids.</summary>
    internal static bool Referable(string schema) => schema is not ("Advertisement" or "Payment" or "Booking" or "Relation");

    internal void AddHandleOwners(string handle, IEnumerable<string> personas) => Add(_handleOwners, handle, personas);

    internal void AddPictured(string image, IEnumerable<string> personas) => Add(_pictured, image, personas);

    internal IReadOnlyCollection<string> HandleOwners(string handle) => _handleOwners.TryGetValue(handle, out var s) ? s : [];

    internal IReadOnlyCollection<string> Pictured(string image) => _pictured.TryGetValue(image, out var s) ? s : [];

    /// <summary>The file names of the sources of some statements, for an Article's fileName.</summary>
    internal IEnumerable<(string File, Statement From)> Files(IEnumerable<Statement> statements)
    {
        foreach (var s in statements)
        {
            if (SourceFiles.TryGetValue(s.Source, out var file))
            {
                yield return (file, s);
            }
        }
    }

    private void Add(Dictionary<string, SortedSet<string>> map, string key, IEnumerable<string> personas)
    {
        foreach (var p in personas.Where(Includes))
        {
            if (!map.TryGetValue(key, out var set))
            {
                set = new SortedSet<string>(StringComparer.Ordinal);
                map[key] = set;
            }

            set.Add(p);
        }
    }
}
