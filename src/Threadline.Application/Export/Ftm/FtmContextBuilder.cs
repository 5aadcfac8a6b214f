using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Export.Ftm;

/// <summary>Reads what an export looks up before it maps anything: the small tables, and which entities the scope holds.</summary>
internal static class FtmContextBuilder
{
    public static FtmContext Build(IWorkspaceStore store, ExportScope scope, ExportProblems problems, CancellationToken cancellationToken)
    {
        var types = (scope.Kind == ExportScopeKind.Types ? scope.Types : FtmMapping.ExportOrder).ToHashSet(StringComparer.Ordinal);
        var sites = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var site in store.Entities("Site"))
        {
            sites[site.Id] = (site.First("name") ?? site.Id, site.First("website"));
        }

        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var place in store.Entities("Location"))
        {
            if ((place.First("name") ?? place.First("city")) is { } name)
            {
                places[place.Id] = name;
            }
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in store.Entities("Source"))
        {
            if (source.First("fileName") is { } file)
            {
                files[source.Id] = file;
            }
        }

        var selected = scope.Kind == ExportScopeKind.Network ? NetworkClosure(store, scope.NetworkId!, cancellationToken) : null;
        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in FtmMapping.ExportOrder.Where(t => types.Contains(t) && FtmContext.Referable(t)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var id in Ids(store, type))
            {
                if (selected is null || selected.Contains(id))
                {
                    included.Add(id);
                }
            }
        }

        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        if (types.Contains("BankAccount"))
        {
            foreach (var account in store.Entities("BankAccount"))
            {
                if (!included.Contains(account.Id))
                {
                    continue;
                }

                if (account.Get("holder").FirstOrDefault(included.Contains) is { } person)
                {
                    holders[account.Id] = person;
                }
                else if (account.First("holderName") is not null)
                {
                    holders[account.Id] = HolderId(account.Id);
                }
            }
        }

        return new FtmContext(problems, sites, places, files, included, selected, holders, types);
    }

    /// <summary>The id of the LegalEntity that stands for an account's named holder.</summary>
    public static string HolderId(string accountId) => Core.Ids.Make("holder", accountId);

    private static IEnumerable<string> Ids(IWorkspaceStore store, string type) => store.Entities(type).Select(e => e.Id);

    private static HashSet<string> NetworkClosure(IWorkspaceStore store, string networkId, CancellationToken cancellationToken)
    {
        var network = store.GetEntity(networkId);
        if (network is null || network.Schema != "Network")
        {
            throw new Jobs.JobException($"no network lead '{networkId}' in this workspace (see `threadline networks`)");
        }

        var selected = new HashSet<string>(StringComparer.Ordinal) { networkId };
        var personas = store.Entities("Persona").Where(p => p.Get("network").Contains(networkId)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        selected.UnionWith(personas);
        foreach (var ad in store.Entities("Advertisement"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ad.Get("persona").Any(personas.Contains))
            {
                selected.Add(ad.Id);
                selected.UnionWith(ad.Get("handle"));
                selected.UnionWith(ad.Get("image"));
            }
        }

        foreach (var booking in store.Entities("Booking"))
        {
            if (booking.Get("network").Contains(networkId) || booking.Get("persona").Any(personas.Contains))
            {
                selected.Add(booking.Id);
                selected.UnionWith(booking.Get("booker"));
            }
        }

        var accounts = store.Entities("BankAccount").Where(a => a.Get("network").Contains(networkId)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var payment in store.Entities("Payment"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ends = payment.Get("payer").Concat(payment.Get("beneficiary")).ToList();
            if (ends.Any(accounts.Contains))
            {
                selected.Add(payment.Id);
                others.UnionWith(ends);
            }
        }

        selected.UnionWith(accounts);
        selected.UnionWith(others);
        foreach (var account in accounts.Concat(others))
        {
            if (store.GetEntity(account) is Entity a)
            {
                selected.UnionWith(a.Get("holder"));
            }
        }

        return selected;
    }
}
