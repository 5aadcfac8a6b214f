using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Store;

public sealed partial class CaseFiles
{
    /// <summary>
    /// Stores a new victim record and, in the same transaction, the case person that stands for her (category victim,
    /// her pseudonym, no name), so the case never holds a victim without her record or a record without its person.
    /// </summary>
    public void AddVictim(string reference, VictimRecord victim, Marking marking, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(victim);
        Change<int>(reference, l =>
        {
            if (!string.Equals(victim.CaseReference, reference, StringComparison.Ordinal))
            {
                throw new ArgumentException($"victim record {victim.Pseudonym} belongs to case {victim.CaseReference}", nameof(victim));
            }

            var person = new CasePerson(victim.Pseudonym.Value, DataSubjectCategory.Victim, null, victim.Pseudonym, marking);
            _ = l.Case.AddPerson(person);
            return ([
                Record(l.Reference, CaseKinds.Person, person.Id, 1, at, by, CaseCodec.Person(person)),
                Record(l.Reference, CaseKinds.Victim, victim.Pseudonym.Value, 1, at, by, CaseCodec.Victim(victim)),
            ], null, 0);
        });
    }

    /// <summary>
    /// Changes a victim record the user may open (<see cref="VictimRecordAccess"/>): <paramref name="change"/> gets the
    /// record as stored and returns the new one, written as its next version.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such record, or one the user may not open (the same answer).</exception>
    public VictimRecord UpdateVictim(string reference, VictimPseudonym pseudonym, string userId, Func<VictimRecord, VictimRecord> change, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(pseudonym);
        ArgumentNullException.ThrowIfNull(change);
        return Change<VictimRecord>(reference, l =>
        {
            Writable(l);
            var record = Store.History(reference, CaseKinds.Victim, pseudonym.Value).LastOrDefault();
            var current = record is null ? null : CaseCodec.Victim(record);
            if (current is null || !VictimRecordAccess.Decide(current, l.Case, userId).Allowed)
            {
                throw NoVictim(pseudonym);
            }

            var next = change(current);
            if (next.Pseudonym != current.Pseudonym || !string.Equals(next.CaseReference, current.CaseReference, StringComparison.Ordinal))
            {
                throw new ArgumentException("a victim record keeps its pseudonym and case", nameof(change));
            }

            return ([Record(l.Reference, CaseKinds.Victim, pseudonym.Value, record!.Version + 1, at, userId, CaseCodec.Victim(next))], null, next);
        });
    }

    /// <summary>
    /// The victim record, when <paramref name="userId"/> may open it; null when it does not exist or the user may not
    /// open it — the same answer, so a refusal never tells that a record exists.
    /// </summary>
    public VictimRecord? Victim(string reference, VictimPseudonym pseudonym, string userId)
    {
        ArgumentNullException.ThrowIfNull(pseudonym);
        if (Find(reference) is not { } file)
        {
            return null;
        }

        var record = Store.History(reference, CaseKinds.Victim, pseudonym.Value).LastOrDefault();
        var victim = record is null ? null : CaseCodec.Victim(record);
        return victim is not null && VictimRecordAccess.Decide(victim, file.Case, userId).Allowed ? victim : null;
    }

    /// <summary>The victim records of a case that <paramref name="userId"/> may open (the others are not listed at all).</summary>
    public IReadOnlyList<VictimRecord> Victims(string reference, string userId)
    {
        if (Find(reference) is not { } file)
        {
            return [];
        }

        return VictimRecordAccess.Visible(Store.Current(reference, CaseKinds.Victim).Select(CaseCodec.Victim), file.Case, userId);
    }

    private static KeyNotFoundException NoVictim(VictimPseudonym pseudonym) => new($"no victim record {pseudonym.Value}");
}
