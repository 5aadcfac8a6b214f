namespace Threadline.Linking;

/// <summary>The figures of one group.</summary>
/// <param name="Group">Group name.</param>
/// <param name="Ads">Ads of the group in the result.</param>
/// <param name="Personas">Persona clustering over pairs of the group's ads.</param>
/// <param name="Networks">Network clustering over pairs of the group's ads (an advertiser on her own is her own network).</param>
/// <param name="Trafficking">True trafficking networks with ads in the group found among the top flagged.</param>
/// <param name="InsideFlagged">Per true advertiser kind, the group's personas with an ad inside a flagged network.</param>
public sealed record GroupScores(string Group, int Ads, ClusteringScores Personas, ClusteringScores Networks, DetectionScore Trafficking, IReadOnlyList<MisplacedShare> InsideFlagged);
