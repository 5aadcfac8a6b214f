using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Queries.Ads;

/// <summary>
/// A few properties of many ads. An ad's statements are mostly its texts (title, body, extractions), so reading every
/// statement of 500 ads to count their cities moved megabytes for nothing (the search facets' read was the costliest
/// part of a search page): many ads are read one property at a time, each read filtered by the store. A few ads (a
/// page) are read at once, one query instead of one per property.
/// </summary>
internal static class AdStatements
{
    /// <summary>From this many ads on, each property is read apart.</summary>
    public const int ReadApartFrom = 100;

    /// <summary>The statements of these properties of these ads: grouped by property when read apart, else in store order.</summary>
    public static IEnumerable<Statement> Read(IWorkspaceStore store, IReadOnlyCollection<string> adIds, IReadOnlyList<string> properties)
    {
        if (adIds.Count == 0)
        {
            return [];
        }

        return adIds.Count >= ReadApartFrom
            ? properties.SelectMany(p => store.ReadStatements(new StatementQuery { Schema = "Advertisement", EntityIds = adIds, Property = p }))
            : store.ReadStatements(new StatementQuery { Schema = "Advertisement", EntityIds = adIds }).Where(s => properties.Contains(s.Property, StringComparer.Ordinal));
    }
}
