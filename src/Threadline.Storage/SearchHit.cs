namespace Threadline.Storage;

/// <summary>One entity a search found.</summary>
/// <param name="EntityId">The matching entity.</param>
/// <param name="Schema">Its schema.</param>
/// <param name="Property">The property whose value is shown (the best-matching full-text value; for a search by fields only, the matching field).</param>
/// <param name="Snippet">A snippet of that value with the matches marked by [ and ].</param>
/// <param name="Rank">Place in the best-first order: 1 is the best hit, across pages (the first hit of the page at offset 20 is 21).</param>
public sealed record SearchHit(string EntityId, string Schema, string Property, string Snippet, int Rank);
