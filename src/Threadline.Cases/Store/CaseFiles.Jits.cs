namespace Threadline.Cases.Store;

public sealed partial class CaseFiles
{
    /// <summary>Records a Joint Investigation Team of the case, or a new version of one (an extension, a new milestone).</summary>
    /// <returns>The version written.</returns>
    public int PutJit(string reference, CaseJit jit) =>
        Change<int>(reference, l =>
        {
            ArgumentNullException.ThrowIfNull(jit);
            Writable(l);
            var version = l.Next(CaseKinds.Jit, jit.Id);
            return ([Record(l.Reference, CaseKinds.Jit, jit.Id, version, jit.RecordedAt, jit.RecordedBy, CaseCodec.Jit(jit))], null, version);
        });

    /// <summary>The case's Joint Investigation Teams as stored now, by id.</summary>
    public IReadOnlyList<CaseJit> Jits(string reference) =>
        [.. Store.Current(reference, CaseKinds.Jit).Select(CaseCodec.Jit).OrderBy(j => j.Id, StringComparer.Ordinal)];

    private IEnumerable<CaseDeadline> JitDeadlines(string reference) =>
        Jits(reference).SelectMany(j => j.Deadlines().Select(d => new CaseDeadline(reference, "JIT " + j.Id, d)));
}
