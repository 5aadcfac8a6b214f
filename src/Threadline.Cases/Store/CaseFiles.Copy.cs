namespace Threadline.Cases.Store;

public sealed partial class CaseFiles
{
    /// <summary>
    /// Copies every case file of <paramref name="source"/> into <paramref name="target"/> (any engines): each header and
    /// every version of every record, victim records included, one case per transaction.
    /// </summary>
    /// <returns>The cases and records copied.</returns>
    /// <exception cref="InvalidOperationException">The target already holds a case of the same reference (nothing of that case is written).</exception>
    public static (int Cases, long Records) Copy(ICaseStore source, ICaseStore target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var cases = 0;
        var records = 0L;
        foreach (var header in source.Cases())
        {
            var all = new List<CaseRecord>();
            foreach (var current in source.Current(header.Reference).Concat(source.Current(header.Reference, CaseKinds.Victim)))
            {
                all.AddRange(source.History(header.Reference, current.Kind, current.Id));
            }

            if (!target.CreateCase(header, all))
            {
                throw new InvalidOperationException($"the target already holds case {header.Reference}");
            }

            cases++;
            records += all.Count;
        }

        return (cases, records);
    }
}
