using Threadline.Core;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// A bank account as an FtM BankAccount, its named holder as a LegalEntity that owns it (an Ownership: a bank file names
/// a holder, not whether a person or a company), what the money detectors found as notes, and the network lead the
/// money job tied it to as an UnknownLink that says why.
/// </summary>
internal static class BankAccountMapper
{
    public static IEnumerable<FtmEntity> Map(Facts account, FtmContext context)
    {
        var ftm = TwoWayMapper.Map(account, FtmMapping.ForThreadline("BankAccount")!, context);
        foreach (var s in account.Of("topics"))
        {
            if (FtmCodes.Topics.Contains(s.Value))
            {
                ftm.Add("topics", s.Value, s);
            }
        }

        var roles = account.Of("topics").Where(s => s.Value.StartsWith("money.", StringComparison.Ordinal)).ToList();
        if (roles.Count > 0)
        {
            ftm.Add("notes", "Roles the money detectors see (a lead to verify, not a finding): " + string.Join(", ", roles.Select(s => s.Value["money.".Length..].Replace('_', ' ')).Distinct(StringComparer.Ordinal)), roles);
        }

        if (!ftm.Has("name"))
        {
            ftm.Add("name", account.First("iban") ?? account.First("accountNumber") ?? account.Id, account.Entity.Statements[0]);
        }

        yield return ftm;

        if (context.AccountHolders.TryGetValue(account.Id, out var holderId))
        {
            if (holderId == FtmContextBuilder.HolderId(account.Id))
            {
                var holder = new FtmEntity(holderId, "LegalEntity", context.Problems);
                account.Copy(holder, "holderName", "name");
                account.Copy(holder, "address", "address");
                account.Copy(holder, "phone", "phone");
                account.Copy(holder, "email", "email");
                holder.Add("description", "Holder of an account as the bank files name it: a person or an organisation.", account.Of("holderName"));
                yield return holder;
            }

            var from = account.OfAll("holderName", "holder");
            yield return new FtmEntity(Ids.Make("ownership", holderId, account.Id), "Ownership", context.Problems)
                .Add("owner", holderId, from)
                .Add("asset", account.Id, from)
                .Add("role", "account holder", from);
        }

        foreach (var s in account.Of("network").Where(s => context.Includes(s.Value)))
        {
            var link = new FtmEntity(Ids.Make("link", account.Id, s.Value), "UnknownLink", context.Problems)
                .Add("subject", account.Id, s)
                .Add("object", s.Value, s)
                .Add("role", "account tied to a network lead", s)
                .Add("summary", "Threadline's money job tied this account to the network lead: a judgement to verify, not a fact.", s);
            if (Facts.Detail(s, "reason") is { Length: > 0 } reason)
            {
                link.Add("description", reason, s);
            }

            yield return link;
        }
    }
}
