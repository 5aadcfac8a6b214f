namespace Threadline.Cases.Store;

/// <summary>
/// Where a workspace keeps its case files: each engine implements it beside the workspace's data (the same SQLite file,
/// the same PostgreSQL schema), since a case is a compartment whose data lives in one workspace. Rows only: every rule
/// (what a part may hold, who may change what, deadlines) is in <see cref="CaseFiles"/> and the domain types, the same
/// for every engine. The store is append-only for records: a change is a new version, nothing is updated or deleted.
/// </summary>
public interface ICaseStore : IDisposable
{
    /// <summary>Writes a new case and its first records in one transaction.</summary>
    /// <returns>False, writing nothing, when a case with that reference exists.</returns>
    bool CreateCase(CaseHeader header, IReadOnlyList<CaseRecord> records);

    /// <summary>The case's header, or null.</summary>
    CaseHeader? FindCase(string reference);

    /// <summary>Every case's header, by reference (at most <see cref="CaseFiles.MaxCases"/>).</summary>
    IReadOnlyList<CaseHeader> Cases();

    /// <summary>
    /// Appends records of one existing case in one transaction (all or nothing), and sets its status when
    /// <paramref name="status"/> is given.
    /// </summary>
    /// <returns>False, writing nothing, when any (kind, id, version) is taken already: someone else changed that part first.</returns>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    bool Append(string reference, IReadOnlyList<CaseRecord> records, Model.CaseStatus? status = null);

    /// <summary>
    /// The latest version of each part of a case, of one kind or of every kind but <see cref="CaseKinds.Victim"/> (victim
    /// records are read only by naming their kind), ordered by kind, then id.
    /// </summary>
    IReadOnlyList<CaseRecord> Current(string reference, string? kind = null);

    /// <summary>Every version of one part, oldest first.</summary>
    IReadOnlyList<CaseRecord> History(string reference, string kind, string id);

    /// <summary>The latest version of every part of one kind across all cases (deadline alerts), ordered by case, then id.</summary>
    IReadOnlyList<CaseRecord> CurrentOfKind(string kind);
}
