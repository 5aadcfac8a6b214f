using Threadline.Matching.Comparisons;

namespace Threadline.Matching.Model;

/// <summary>
/// Estimates m, u and λ without labels (Winkler 1988; Jaro 1989), the way Splink does: u from the level frequencies of
/// random pairs (nearly all non-matches), then EM over the candidate pairs, which are grouped by their comparison
/// vector so that each round costs the number of distinct vectors, not of pairs.
/// </summary>
public static class ExpectationMaximisation
{
    private const double Floor = 1e-6;

    // m of a level never falls below this: a level EM never saw among matches (a typo in a field that was always
    // equal in training) costs at most log2(0.001/u) instead of an unbounded penalty.
    private const double MFloor = 1e-3;

    /// <summary>u from the level counts of random pairs (add-one smoothing).</summary>
    public static double[][] EstimateU(IReadOnlyList<Comparison> comparisons, IEnumerable<int[]> randomPairLevels)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var counts = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
        foreach (var levels in randomPairLevels)
        {
            for (var c = 0; c < counts.Length; c++)
            {
                if (levels[c] >= 0)
                {
                    counts[c][levels[c]]++;
                }
            }
        }

        return counts.Select(row => Normalise(row.Select(x => x + 1).ToArray())).ToArray();
    }

    /// <summary>Runs EM over comparison vectors (levels per comparison, -1 = cannot compare) with their counts.</summary>
    public static EmResult Train(IReadOnlyList<Comparison> comparisons, IReadOnlyList<(int[] Levels, int Count)> patterns, double[][] u, EmOptions options)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(options);
        var k = comparisons.Count;
        var m = comparisons.Select(c => InitialM(c.Levels.Count)).ToArray();
        var uu = u.Select(r => (double[])r.Clone()).ToArray();
        var lambda = 0.1;
        var iterations = 0;
        var converged = false;
        var posterior = new double[patterns.Count];
        while (iterations < options.MaxIterations && !converged)
        {
            iterations++;

            // E step: P(match | vector).
            double matchMass = 0, total = 0;
            for (var p = 0; p < patterns.Count; p++)
            {
                var levels = patterns[p].Levels;
                double lm = Math.Log(lambda), lu = Math.Log(1 - lambda);
                for (var c = 0; c < k; c++)
                {
                    if (levels[c] >= 0)
                    {
                        lm += Math.Log(m[c][levels[c]]);
                        lu += Math.Log(uu[c][levels[c]]);
                    }
                }

                posterior[p] = 1 / (1 + Math.Exp(lu - lm));
                matchMass += posterior[p] * patterns[p].Count;
                total += patterns[p].Count;
            }

            // M step.
            var newLambda = Math.Clamp(matchMass / total, Floor, 1 - Floor);
            var mCounts = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
            var uCounts = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
            for (var p = 0; p < patterns.Count; p++)
            {
                var levels = patterns[p].Levels;
                var wm = posterior[p] * patterns[p].Count;
                var wu = (1 - posterior[p]) * patterns[p].Count;
                for (var c = 0; c < k; c++)
                {
                    if (levels[c] >= 0)
                    {
                        mCounts[c][levels[c]] += wm;
                        uCounts[c][levels[c]] += wu;
                    }
                }
            }

            var change = Math.Abs(newLambda - lambda);
            for (var c = 0; c < k; c++)
            {
                var nm = FloorAndNormalise(mCounts[c], m[c], MFloor);
                change = Math.Max(change, MaxDiff(nm, m[c]));
                m[c] = nm;
                if (!options.FixU)
                {
                    var nu = FloorAndNormalise(uCounts[c], uu[c], Floor);
                    change = Math.Max(change, MaxDiff(nu, uu[c]));
                    uu[c] = nu;
                }
            }

            lambda = newLambda;
            converged = change < options.Tolerance;
        }

        return new EmResult(new FellegiSunterModel(comparisons, m, uu, lambda), iterations, converged);
    }

    private static double[] InitialM(int levels)
    {
        // Agreement is likely among matches: 0.8 on the exact level, the rest halving down to "different".
        var m = new double[levels];
        m[0] = 0.8;
        var rest = 0.2;
        for (var l = 1; l < levels; l++)
        {
            m[l] = l == levels - 1 ? rest : rest / 2;
            rest -= m[l];
        }

        return Normalise(m);
    }

    private static double[] FloorAndNormalise(double[] counts, double[] previous, double floor)
    {
        var sum = counts.Sum();
        if (sum <= 0)
        {
            return previous;
        }

        return Normalise(counts.Select(x => Math.Max(x / sum, floor)).ToArray());
    }

    private static double[] Normalise(double[] v)
    {
        var s = v.Sum();
        return v.Select(x => x / s).ToArray();
    }

    private static double MaxDiff(double[] a, double[] b)
    {
        var d = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            d = Math.Max(d, Math.Abs(a[i] - b[i]));
        }

        return d;
    }
}
