namespace Threadline.Linking;

/// <summary>
/// Persona and network clustering, trafficking networks found and advertisers wrongly flagged, measured separately for
/// each group of ads (the simulator's writing styles: <c>threadline eval</c> reports them per style). A group's figures
/// count only pairs of ads that are both in the group; a group's trafficking networks are the true ones with ads in it.
/// </summary>
public static class GroupedEvaluation
{
    /// <summary>Scores every group, in ordinal order of the group name.</summary>
    /// <param name="result">The linking result.</param>
    /// <param name="ads">Each evaluated ad with its group and truth; ads the result does not hold are left out.</param>
    /// <param name="kindOfPersona">True persona id → kind (independent, agency, victim, scam).</param>
    /// <param name="traffickingNetworks">The true network ids that are trafficking networks.</param>
    /// <param name="topK">How many of the top flagged networks count for "found" (as in <see cref="NetworkEvaluation.TraffickingFound"/>).</param>
    public static IReadOnlyList<GroupScores> ByGroup(LinkResult result, IEnumerable<LabelledAd> ads, IReadOnlyDictionary<string, string> kindOfPersona, IReadOnlySet<string> traffickingNetworks, int? topK = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(kindOfPersona);
        ArgumentNullException.ThrowIfNull(traffickingNetworks);
        var predicted = new Dictionary<string, AdAssignment>(StringComparer.Ordinal);
        foreach (var a in result.Assignments)
        {
            predicted[a.AdId] = a;
        }

        var scores = new List<GroupScores>();
        foreach (var group in ads.Where(a => predicted.ContainsKey(a.AdId)).GroupBy(a => a.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.OrderBy(a => a.AdId, StringComparer.Ordinal).ToList();
            var personas = ClusteringMetrics.Compare(
                [.. list.Select(a => (string?)a.TruePersona)],
                [.. list.Select(a => (string?)predicted[a.AdId].PersonaId)]);

            // An ad outside any organisation is its persona's own (a persona is a network of one), on both sides.
            var networks = ClusteringMetrics.Compare(
                [.. list.Select(a => (string?)(a.TrueOrganisation ?? "p:" + a.TruePersona))],
                [.. list.Select(a => (string?)(predicted[a.AdId].NetworkId ?? "p:" + predicted[a.AdId].PersonaId))]);
            var trueNetworkOfAd = list.Where(a => a.TrueOrganisation is not null).ToDictionary(a => a.AdId, a => a.TrueOrganisation!, StringComparer.Ordinal);
            var found = NetworkEvaluation.TraffickingFound(result, trueNetworkOfAd, traffickingNetworks, topK);
            var inside = NetworkEvaluation.InsideFlagged(result, list.ToDictionary(a => a.AdId, a => a.TruePersona, StringComparer.Ordinal), kindOfPersona);
            scores.Add(new GroupScores(group.Key, list.Count, personas, networks, found, inside));
        }

        return scores;
    }
}
