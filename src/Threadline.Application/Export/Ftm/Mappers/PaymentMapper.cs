using Threadline.Core;
using Threadline.Core.Statements;

namespace Threadline.Application.Export.Ftm.Mappers;

/// <summary>
/// A transaction as an FtM Payment between two parties with their accounts. The party of an account is its holder;
/// where the bank file names no account (cash paid in or taken out), the party is a LegalEntity of this payment alone,
/// named as the file names it, or said to be unknown. How, where and when it was booked are its description.
/// </summary>
internal static class PaymentMapper
{
    public static IEnumerable<FtmEntity> Map(Facts payment, FtmContext context)
    {
        var map = FtmMapping.ForThreadline("Payment")!;
        var ftm = TwoWayMapper.Map(payment, map, context);
        var parties = new List<FtmEntity>();
        Party(payment, ftm, context, "payer", "payerParty", "payerName", parties);
        Party(payment, ftm, context, "beneficiary", "beneficiaryParty", "beneficiaryName", parties);
        Describe(payment, ftm);
        yield return ftm;
        foreach (var party in parties)
        {
            yield return party;
        }
    }

    private static void Party(Facts payment, FtmEntity ftm, FtmContext context, string side, string partyProperty, string nameProperty, List<FtmEntity> parties)
    {
        foreach (var s in payment.Of(partyProperty).Where(s => context.Includes(s.Value)))
        {
            ftm.Add(side, s.Value, s);
        }

        if (ftm.Has(side))
        {
            return;
        }

        foreach (var s in payment.Of(side))
        {
            if (context.Includes(s.Value) && context.AccountHolders.TryGetValue(s.Value, out var holder))
            {
                ftm.Add(side, holder, s);
            }
        }

        if (ftm.Has(side))
        {
            return;
        }

        var id = Ids.Make("party", payment.Id, side);
        IReadOnlyList<Statement> from = payment.Of(nameProperty).Count > 0 ? payment.Of(nameProperty) : payment.OfAll("method", "amount");
        var party = new FtmEntity(id, "LegalEntity", context.Problems);
        payment.Copy(party, nameProperty, "name");
        var cash = payment.First("method") is { } m && m.StartsWith("Cash", StringComparison.OrdinalIgnoreCase);
        if (!party.Has("name"))
        {
            party.Add("name", side == "payer" ? (cash ? "Unknown depositor (cash)" : "Unknown payer") : (cash ? "Unknown recipient (cash)" : "Unknown beneficiary"), from);
        }

        party.Add("description", $"The {side} of one payment as its bank file names it; the file gives no account for this side.", from);
        ftm.Add(side, id, from);
        parties.Add(party);
    }

    private static void Describe(Facts payment, FtmEntity ftm)
    {
        var parts = new List<string>();
        parts.AddRange(payment.Values("method"));
        var place = string.Join(", ", payment.Values("city").Concat(payment.Values("country").Select(c => c.ToLowerInvariant())));
        if (place.Length > 0)
        {
            parts.Add("in " + place);
        }

        parts.AddRange(payment.Values("valueDate").Select(FtmValues.Date).Where(d => d is not null).Select(d => "value date " + d));
        var formats = payment.Values("format");
        if (formats.Count > 0)
        {
            parts.Add("read from " + string.Join(" and ", formats));
        }

        if (parts.Count > 0)
        {
            ftm.Add("description", string.Join("; ", parts), payment.OfAll("method", "city", "country", "valueDate", "format"));
        }
    }
}
