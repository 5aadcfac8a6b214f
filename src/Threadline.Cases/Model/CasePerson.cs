using Threadline.Cases.Grading;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Model;

/// <summary>
/// A person in a case. The data-subject category is required. A victim appears in the case only under the
/// pseudonymous id of her victim record: no name, so that the case, the board and exports never carry it.
/// </summary>
public sealed record CasePerson : IMarked
{
    public CasePerson(string id, DataSubjectCategory category, string? name, VictimPseudonym? pseudonym, Marking marking)
    {
        Id = Text.Id(id, nameof(id));
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "data-subject category is required (LED Art. 6)");
        }

        Category = category;
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
        if (category == DataSubjectCategory.Victim)
        {
            if (pseudonym is null)
            {
                throw new ArgumentException($"person {Id}: a victim is attached under the pseudonymous id of her victim record", nameof(pseudonym));
            }

            if (!string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"person {Id}: a victim's name is kept in the victim record only, never in the case", nameof(name));
            }

            Pseudonym = pseudonym;
        }
        else
        {
            if (pseudonym is not null)
            {
                throw new ArgumentException($"person {Id}: only victims carry a victim pseudonym", nameof(pseudonym));
            }

            Name = Text.Required(name, nameof(name), Text.NameLength);
        }
    }

    public string Id { get; }

    public DataSubjectCategory Category { get; }

    /// <summary>The name (null for victims).</summary>
    public string? Name { get; }

    /// <summary>The victim record's pseudonymous id (victims only).</summary>
    public VictimPseudonym? Pseudonym { get; }

    public Marking Marking { get; }

    /// <summary>What every page and export shows: the name, or the pseudonym for a victim.</summary>
    public string DisplayName => Pseudonym?.Value ?? Name!;
}
