using System.Collections.Immutable;
using Threadline.Cases.Grading;

namespace Threadline.Cases.Model;

/// <summary>
/// A case: reference, legal basis, the magistrate in charge, its members (the compartment: only members see it),
/// status, and what it holds — attached entities, persons and entries. Immutable: every change returns a new case,
/// so a store can save versions and an audit can compare them.
/// </summary>
public sealed record InvestigationCase
{
    /// <summary>The most members, persons, attachments or entries one case holds.</summary>
    public const int MaxItems = 100_000;

    private InvestigationCase(string reference, string legalBasis, Magistrate magistrate, DateTimeOffset openedAt)
    {
        Reference = Text.Id(reference, "case reference");
        LegalBasis = Text.Required(legalBasis, "legal basis", 2000);
        Magistrate = magistrate ?? throw new ArgumentNullException(nameof(magistrate));
        OpenedAt = openedAt.ToUniversalTime();
    }

    public string Reference { get; }

    /// <summary>The legal basis in words (offence, articles, the magistrate's decision that opened it).</summary>
    public string LegalBasis { get; }

    public Magistrate Magistrate { get; }

    public DateTimeOffset OpenedAt { get; }

    public CaseStatus Status { get; private init; } = CaseStatus.Open;

    public ImmutableArray<CaseMember> Members { get; private init; } = [];

    public ImmutableArray<AttachedEntity> Attachments { get; private init; } = [];

    public ImmutableArray<CasePerson> Persons { get; private init; } = [];

    public ImmutableArray<CaseEntry> Entries { get; private init; } = [];

    /// <summary>The member with the <see cref="CaseRole.Lead"/> role.</summary>
    public string LeadUserId => Members.First(m => m.Role == CaseRole.Lead).UserId;

    /// <summary>Opens a case with its lead as first member.</summary>
    public static InvestigationCase Open(string reference, string legalBasis, Magistrate magistrate, string leadUserId, DateTimeOffset openedAt) =>
        new(reference, legalBasis, magistrate, openedAt) { Members = [new CaseMember(leadUserId, CaseRole.Lead)] };

    /// <summary>
    /// Opens a case from a network lead: the network is attached with its snapshot, as of <paramref name="openedAt"/>.
    /// </summary>
    public static InvestigationCase OpenFromNetwork(string reference, string legalBasis, Magistrate magistrate, string leadUserId, NetworkSnapshot network, Marking marking, DateTimeOffset openedAt)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Open(reference, legalBasis, magistrate, leadUserId, openedAt)
            .Attach(new AttachedEntity(AttachmentKind.NetworkLead, network.NetworkId, openedAt, leadUserId, marking, network));
    }

    /// <summary>True when <paramref name="userId"/> belongs to the case (any role).</summary>
    public bool IsMember(string userId) => Members.Any(m => string.Equals(m.UserId, userId, StringComparison.Ordinal));

    /// <summary>The roles <paramref name="userId"/> holds in this case (empty when not a member).</summary>
    public ImmutableHashSet<CaseRole> RolesOf(string userId) =>
        Members.Where(m => string.Equals(m.UserId, userId, StringComparison.Ordinal)).Select(m => m.Role).ToImmutableHashSet();

    /// <summary>Adds a member role; a second lead is refused (hand the lead over with <see cref="HandOverLead"/>).</summary>
    public InvestigationCase AddMember(CaseMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.Role == CaseRole.Lead)
        {
            throw new InvalidOperationException($"case {Reference} already has a lead ({LeadUserId}); hand the lead over instead");
        }

        if (Members.Contains(member))
        {
            return this;
        }

        Bound(Members.Length, "members");
        return this with { Members = Members.Add(member) };
    }

    /// <summary>Removes every role of <paramref name="userId"/>; the lead cannot leave without handing over.</summary>
    public InvestigationCase RemoveMember(string userId)
    {
        if (string.Equals(userId, LeadUserId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{userId} leads case {Reference}; hand the lead over first");
        }

        return this with { Members = Members.RemoveAll(m => string.Equals(m.UserId, userId, StringComparison.Ordinal)) };
    }

    /// <summary>Makes <paramref name="userId"/> the lead; the former lead stays as an investigator.</summary>
    public InvestigationCase HandOverLead(string userId)
    {
        var newLead = new CaseMember(userId, CaseRole.Lead);
        var former = new CaseMember(LeadUserId, CaseRole.Investigator);
        var rest = Members.RemoveAll(m => m.Role == CaseRole.Lead || (string.Equals(m.UserId, userId, StringComparison.Ordinal) && m.Role == CaseRole.Investigator));
        return this with { Members = rest.Insert(0, newLead).Add(former).Distinct().ToImmutableArray() };
    }

    /// <summary>Moves the case to <paramref name="to"/> if the move is allowed.</summary>
    public InvestigationCase ChangeStatus(CaseStatus to)
    {
        var allowed = (Status, to) switch
        {
            (CaseStatus.Open, CaseStatus.Suspended) => true,
            (CaseStatus.Suspended, CaseStatus.Open) => true,
            (CaseStatus.Open or CaseStatus.Suspended, CaseStatus.Closed) => true,
            (CaseStatus.Closed, CaseStatus.Open) => true,
            _ => false,
        };
        return allowed ? this with { Status = to } : throw new InvalidOperationException($"case {Reference}: cannot go from {Status} to {to}");
    }

    /// <summary>Attaches an entity; attaching the same kind and id twice is refused.</summary>
    public InvestigationCase Attach(AttachedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        EnsureWritable();
        if (Attachments.Any(a => a.Kind == entity.Kind && string.Equals(a.Id, entity.Id, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"case {Reference}: {entity.Kind} {entity.Id} is already attached");
        }

        Bound(Attachments.Length, "attachments");
        return this with { Attachments = Attachments.Add(entity) };
    }

    /// <summary>Adds a person; ids are unique within the case.</summary>
    public InvestigationCase AddPerson(CasePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        EnsureWritable();
        if (Persons.Any(p => string.Equals(p.Id, person.Id, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"case {Reference}: person {person.Id} already exists");
        }

        Bound(Persons.Length, "persons");
        return this with { Persons = Persons.Add(person) };
    }

    /// <summary>Adds a note, hypothesis or task, or replaces the entry with the same id (an edit).</summary>
    public InvestigationCase Put(CaseEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        EnsureWritable();
        var i = -1;
        for (var k = 0; k < Entries.Length && i < 0; k++)
        {
            i = string.Equals(Entries[k].Id, entry.Id, StringComparison.Ordinal) ? k : -1;
        }

        if (i >= 0)
        {
            if (Entries[i].GetType() != entry.GetType())
            {
                throw new InvalidOperationException($"case {Reference}: entry {entry.Id} is a {Entries[i].GetType().Name}, not a {entry.GetType().Name}");
            }

            return this with { Entries = Entries.SetItem(i, entry) };
        }

        Bound(Entries.Length, "entries");
        return this with { Entries = Entries.Add(entry) };
    }

    /// <summary>Everything in the case an export could carry: attachments, persons and entries.</summary>
    public IEnumerable<IMarked> MarkedItems() => Attachments.Cast<IMarked>().Concat(Persons).Concat(Entries);

    private void EnsureWritable()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new InvalidOperationException($"case {Reference} is closed; reopen it first");
        }
    }

    private void Bound(int count, string what)
    {
        if (count >= MaxItems)
        {
            throw new InvalidOperationException($"case {Reference}: at most {MaxItems} {what}");
        }
    }
}
