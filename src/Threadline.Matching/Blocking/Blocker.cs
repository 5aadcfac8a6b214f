using Threadline.Matching.Records;

namespace Threadline.Matching.Blocking;

/// <summary>
/// Makes candidate pairs from blocking rules: hash each record's key per rule, pair records in the same block, union
/// over rules. Work is near-linear in the number of records as long as blocks stay small; a block larger than
/// <c>maxBlockSize</c> (a common birth date, a placeholder identifier) is skipped and reported, never compared.
/// </summary>
public static class Blocker
{
    /// <summary>The most candidate pairs one run makes.</summary>
    public const int MaxPairs = 50_000_000;

    /// <summary>Candidate pairs; with <paramref name="link"/> only pairs across sides (0 and 1) are made.</summary>
    public static CandidateSet Candidates(IReadOnlyList<PreparedRecord> records, IReadOnlyList<BlockingRule> rules, bool link, int maxBlockSize)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(rules);
        if (maxBlockSize < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBlockSize), maxBlockSize, "at least 2");
        }

        var seen = new HashSet<long>();
        var pairs = new List<(int, int)>();
        var skipped = new List<string>();
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < records.Count; i++)
            {
                var key = rule.Key(records[i]);
                if (!string.IsNullOrEmpty(key))
                {
                    if (!blocks.TryGetValue(key, out var list))
                    {
                        blocks[key] = list = [];
                    }

                    list.Add(i);
                }
            }

            var added = 0;
            foreach (var (key, members) in blocks)
            {
                if (members.Count < 2)
                {
                    continue;
                }

                if (members.Count > maxBlockSize)
                {
                    skipped.Add($"{rule.Name} = '{key}' ({members.Count} records)");
                    continue;
                }

                for (var x = 0; x < members.Count; x++)
                {
                    for (var y = x + 1; y < members.Count; y++)
                    {
                        int a = members[x], b = members[y];
                        if (link && records[a].Side == records[b].Side)
                        {
                            continue;
                        }

                        if (seen.Add(((long)a << 32) | (uint)b))
                        {
                            pairs.Add((a, b));
                            added++;
                            if (pairs.Count > MaxPairs)
                            {
                                throw new InvalidOperationException($"blocking made more than {MaxPairs:N0} candidate pairs (rule '{rule.Name}'); use tighter rules or a smaller block size");
                            }
                        }
                    }
                }
            }

            byRule[rule.Name] = added;
        }

        return new CandidateSet(pairs, skipped, byRule);
    }
}
