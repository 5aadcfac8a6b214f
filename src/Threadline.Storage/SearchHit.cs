namespace Threadline.Storage;

/// <summary>One full-text match.</summary>
/// <param name="EntityId">The matching entity.</param>
/// <param name="Schema">Its schema.</param>
/// <param name="Property">The property whose value matched.</param>
/// <param name="Snippet">A snippet with the match marked by [ and ].</param>
/// <param name="Rank">BM25 rank, lower is better.</param>
public sealed record SearchHit(string EntityId, string Schema, string Property, string Snippet, double Rank);
