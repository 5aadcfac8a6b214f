namespace Threadline.Linking;

/// <summary>The kind of shared trait that links ads.</summary>
public enum EvidenceKind
{
    Phone,
    Email,
    Handle,
    Photo,
    Template,
    Name,
    Booking,

    /// <summary>Height and weight stated alike in the ads (person-level; see docs/linking.md).</summary>
    Figures,
}
