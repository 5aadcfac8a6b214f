using Threadline.Application.Queries;
using Threadline.Application.Queries.Accounts;
using Threadline.Application.Queries.Graph;
using Threadline.Application.Queries.Networks;
using Threadline.Application.Export;
using Threadline.Money.Tracing;

namespace Threadline.Web.Api;

/// <summary><c>/api/networks/{id}</c> and its link chart, movement map and money trace; <c>/api/graph/expand</c>.</summary>
internal static class NetworksApi
{
    public static void MapNetworksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/networks/{id}", (Investigation inv, string id, int? offset, int? limit, string? format) =>
        {
            if (NetworkQueries.View(inv, id, offset, limit) is not { } view)
            {
                return Results.NotFound();
            }

            return ApiEndpoints.WantsCsv(format)
                ? Csv.File("network-" + view.Network.Id + "-personas", ["persona", "ads", "confidence", "names", "phones", "cities", "countries", "pattern", "first_seen", "last_seen"],
                    view.Personas.Items.Select(p => (IReadOnlyList<object?>)[p.Id, p.Ads, p.Confidence, p.Names, p.Phones, p.Cities, p.Countries, p.Pattern, p.FirstSeen, p.LastSeen]))
                : Results.Ok(view);
        }).WithName("Network").WithSummary("One network lead: score breakdown, evidence, personas (paged), hubs, templates, bookers, money, movement map.");
        api.MapGet("/networks/{id}/graph", (Investigation inv, string id, int? community) =>
            LinkCharts.Of(inv, id, community) is { } chart ? Results.Ok(chart) : Results.NotFound())
            .WithName("NetworkGraph").WithSummary("The link chart: nodes and edges, each edge with its reason and weight; collapsed by community over 500 nodes (?community=N expands one).");
        api.MapGet("/networks/{id}/map", (Investigation inv, string id) =>
            NetworkQueries.Map(inv, id) is { } map ? Results.Ok(map) : Results.NotFound())
            .WithName("NetworkMap").WithSummary("Stays and moves between cities, by persona, with the gazetteer's points.");
        api.MapGet("/networks/{id}/trace", (Investigation inv, string id, string? direction) =>
        {
            if (NetworkQueries.View(inv, id, 0, 1) is not { } view)
            {
                return Results.NotFound();
            }

            var seeds = view.Money?.Accounts.Where(a => a.Direct).Select(a => a.Account).ToList() ?? [];
            var dir = string.Equals(direction, "backward", StringComparison.OrdinalIgnoreCase) ? TraceDirection.Backward : TraceDirection.Forward;
            return Results.Ok(AccountQueries.Trace(inv, seeds, dir));
        }).WithName("NetworkTrace").WithSummary("Money traced from the accounts tied directly to the lead (forward: where it went; backward: who funded them), amounts conserved.");
        api.MapGet("/networks/{id}/export/{format}", (WorkspaceHolder workspace, string id, string format, CancellationToken cancellationToken) =>
        {
            if (!NetworkExportFormats.TryGet(format, out var kind) || id.Length > 200 || workspace.Store.GetEntity(id) is not { Schema: "Network" })
            {
                return Results.NotFound();
            }

            // One lead's closure is small next to the workspace; the job writes synchronously, so into memory first.
            using var buffer = new MemoryStream();
            ExportJob.Run(workspace.Store, new ExportRequest(kind.Format, ExportScope.Network(id)), buffer, null, cancellationToken);
            var name = "network-" + new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray()) + "." + kind.Extension;
            return Results.File(buffer.ToArray(), kind.ContentType, name);
        }).WithName("NetworkExport").WithSummary("The lead with what ties to it as a file for other tools: ftm (FollowTheMoney entities for Aleph), ftm-statements, ftm-statements-csv, gexf (Gephi), i2 (Analyst's Notebook entity and link tables, ZIP), csv (one table per FtM schema, ZIP).");
        api.MapGet("/graph/expand", (Investigation inv, string node) =>
            NodeExpansion.Expand(inv, node) is { } chart ? Results.Ok(chart) : Results.NotFound())
            .WithName("ExpandNode").WithSummary("One step beyond a chart node (persona → ads, phone → personas and leads, account → counterparties).");
    }
}
