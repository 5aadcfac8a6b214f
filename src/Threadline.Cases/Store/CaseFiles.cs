using Threadline.Cases.Model;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Store;

/// <summary>
/// The case files of one workspace over any engine's <see cref="ICaseStore"/>: every change is checked by the domain
/// types against the case as stored, then written as new record versions in one transaction. When someone else wrote the
/// same part at the same moment the store refuses the version, and the change is re-read, re-checked and tried again
/// (optimistic concurrency), so nothing is lost and nothing is half-written.
/// </summary>
public sealed partial class CaseFiles
{
    /// <summary>The most cases one workspace lists.</summary>
    public const int MaxCases = 100_000;

    /// <summary>How often a change that lost a race is re-checked and retried.</summary>
    public const int Attempts = 8;

    public CaseFiles(ICaseStore store, ReflectionRules? rules = null)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Rules = rules ?? ReflectionRules.Shipped;
    }

    public ICaseStore Store { get; }

    /// <summary>Reflection-period rules referrals start periods under.</summary>
    public ReflectionRules Rules { get; }

    /// <summary>Stores a new case: its header and everything the case already holds (a network lead opened from).</summary>
    /// <exception cref="InvalidOperationException">A case with that reference exists.</exception>
    public CaseFile Create(CaseHeader header, InvestigationCase investigation)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(investigation);
        if (!string.Equals(header.Reference, investigation.Reference, StringComparison.Ordinal))
        {
            throw new ArgumentException($"header {header.Reference} and case {investigation.Reference} differ", nameof(header));
        }

        var at = investigation.OpenedAt;
        var by = header.OpenedBy;
        var records = new List<CaseRecord>
        {
            Record(header.Reference, CaseKinds.Members, CaseKinds.Members, 1, at, by, CaseCodec.Members(investigation.Members)),
            Record(header.Reference, CaseKinds.Status, CaseKinds.Status, 1, at, by, CaseCodec.Status(investigation.Status)),
        };
        records.AddRange(investigation.Attachments.Select(a => Record(header.Reference, CaseKinds.Attachment, CaseCodec.AttachmentId(a.Kind, a.Id), 1, a.AttachedAt, a.AttachedBy, CaseCodec.Attachment(a))));
        records.AddRange(investigation.Persons.Select(p => Record(header.Reference, CaseKinds.Person, p.Id, 1, at, by, CaseCodec.Person(p))));
        records.AddRange(investigation.Entries.Select(e => Record(header.Reference, CaseKinds.Entry, e.Id, 1, e.CreatedAt, e.Author, CaseCodec.Entry(e))));
        if (!Store.CreateCase(header with { Status = investigation.Status }, records))
        {
            throw new InvalidOperationException($"case {header.Reference} already exists");
        }

        return Get(header.Reference);
    }

    /// <summary>Every case's header, by reference.</summary>
    public IReadOnlyList<CaseHeader> List() => Store.Cases();

    /// <summary>The case as stored now, or null.</summary>
    public CaseFile? Find(string reference) => Load(reference)?.File;

    /// <summary>The case as stored now.</summary>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    public CaseFile Get(string reference) => Find(reference) ?? throw NoCase(reference);

    /// <summary>Every version of one note, hypothesis or task, oldest first, with when and by whom each was written.</summary>
    public IReadOnlyList<(CaseRecord Record, CaseEntry Entry)> EntryHistory(string reference, string entryId)
    {
        _ = Get(reference);
        return Store.History(reference, CaseKinds.Entry, entryId).Select(r => (r, CaseCodec.Entry(r))).ToList();
    }

    /// <summary>Every status the case had, oldest first.</summary>
    public IReadOnlyList<(CaseRecord Record, CaseStatus Status)> StatusHistory(string reference) =>
        Store.History(reference, CaseKinds.Status, CaseKinds.Status).Select(r => (r, CaseCodec.Status(r))).ToList();

    internal static CaseRecord Record(string reference, string kind, string id, int version, DateTimeOffset at, string by, string payload) =>
        new CaseRecord(reference, kind, id, version, at, by, payload).Checked();

    /// <summary>The error every store and shell gives for a case that is not there.</summary>
    public static KeyNotFoundException NoCase(string reference) =>
        new($"no case '{(reference is { Length: > 64 } ? reference[..64] + "…" : reference)}' in this workspace");

    /// <summary>
    /// Runs <paramref name="change"/> on the case as stored; it returns the records to append (and a status to set), or
    /// nothing to write. Retried on a lost race.
    /// </summary>
    private T Change<T>(string reference, Func<Loaded, (IReadOnlyList<CaseRecord> Records, CaseStatus? Status, T Result)> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            var loaded = Load(reference) ?? throw NoCase(reference);
            var (records, status, result) = change(loaded);
            if (records.Count == 0 || Store.Append(reference, records, status))
            {
                return result;
            }

            if (attempt >= Attempts)
            {
                throw new InvalidOperationException($"case {reference}: changed by others {Attempts} times while this change was being written; try again");
            }
        }
    }
}
