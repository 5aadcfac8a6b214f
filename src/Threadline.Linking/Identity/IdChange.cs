namespace Threadline.Linking;

/// <summary>How an id fared in a re-link.</summary>
public enum IdChangeType
{
    /// <summary>Its ads now sit in a group that kept another id: the id is retired and points there.</summary>
    Merged,

    /// <summary>Its ads are now in several groups: it kept its id for the largest share, the rest went elsewhere.</summary>
    Split,

    /// <summary>Its ads went to several groups and none of them kept its id: retired, pointing at all of them.</summary>
    SplitAndRetired,

    /// <summary>None of its ads is in the new result (they were removed): retired.</summary>
    Dissolved,
}

/// <summary>Where the ads of an old group went: a new group's id and how many of the old group's ads it holds.</summary>
public sealed record IdDestination(string Id, int Ads);

/// <summary>
/// One recorded change of identity between two link runs (nomenklatura's resolver is the model: ids
/// are never silently reused or dropped, so a note or a case that names an old id can follow it).
/// </summary>
/// <param name="Kind">Persona, network or template.</param>
/// <param name="OldId">The id of the earlier run.</param>
/// <param name="Type">Merged, split, or dissolved.</param>
/// <param name="OldAds">How many ads the old group had.</param>
/// <param name="Destinations">Where its ads went, largest share first.</param>
/// <param name="At">When the re-link ran.</param>
/// <param name="Reason">A plain sentence.</param>
public sealed record IdChange(GroupKind Kind, string OldId, IdChangeType Type, int OldAds, IReadOnlyList<IdDestination> Destinations, DateTimeOffset At, string Reason);
