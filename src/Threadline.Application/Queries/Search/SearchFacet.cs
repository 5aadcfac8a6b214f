namespace Threadline.Application.Queries.Search;

/// <summary>One facet of the hits: counts by site, city, country, month or language, and the query term that narrows to each.</summary>
/// <param name="Name">site, city, country, month or language.</param>
/// <param name="Values">Each value, its count and the term to add to the query.</param>
public sealed record SearchFacet(string Name, IReadOnlyList<FacetValue> Values);

/// <summary>One value of a facet.</summary>
public sealed record FacetValue(string Value, long Count, string Term);
