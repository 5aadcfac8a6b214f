using Threadline.Application.Queries.Ads;

namespace Threadline.Application.Queries.Search;

/// <summary>One search hit: the entity, the property shown, the snippet with its matches, and the ad's row when it is an ad.</summary>
public sealed record SearchRow(int Rank, string EntityId, string Schema, string Property, IReadOnlyList<SnippetPart> Snippet, AdRow? Ad);
