namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>A messaging or social account as an FtM UserAccount, owned by the personas whose ads give it.</summary>
internal static class HandleMapper
{
    public static IEnumerable<FtmEntity> Map(Facts handle, FtmContext context)
    {
        var account = TwoWayMapper.Map(handle, FtmMapping.ForThreadline("Handle")!, context);
        var from = handle.OfAll("username", "service");
        foreach (var owner in context.HandleOwners(handle.Id))
        {
            account.Add("owner", owner, from);
        }

        if (!account.Has("name") && account.Has("username"))
        {
            account.Add("name", string.Join(':', handle.Values("service").Take(1).Concat(handle.Values("username").Take(1))), from);
        }

        yield return account;
    }
}
