namespace Threadline.Application.Queries.Leads;

/// <summary>The ranked network leads, filtered and paged.</summary>
public static class LeadQueries
{
    /// <summary>A page of leads in rank order (highest score first) matching the filter.</summary>
    public static PageOf<LeadRow> List(Investigation investigation, LeadFilter filter, int? offset = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        ArgumentNullException.ThrowIfNull(filter);
        return investigation.Leads.Page(filter, offset, limit);
    }

    /// <summary>What the filters can be set to.</summary>
    public static LeadChoices Choices(Investigation investigation)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        return investigation.Leads.Choices;
    }
}
