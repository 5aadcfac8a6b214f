using System.Globalization;
using Threadline.Simulation.Core;
using Threadline.Simulation.Money;

namespace Threadline.Simulation.Actors;

/// <summary>
/// A trafficking network's money: cash collected from the women deposited in the cities they work in
/// (split below the reporting threshold when large), client transfers to collector accounts, rapid
/// pass-through, and remittances abroad by several members sharing an address, each under the remitter's
/// threshold (FinCEN/FINTRAC/AUSTRAC red flags, DOMAIN.md "Money").
/// </summary>
internal sealed class NetworkMoney
{
    private readonly WorldContext _ctx;
    private readonly Rng _rng;
    private readonly string _network;
    private readonly NetworkMoneyProfile _profile;
    private readonly decimal[] _cash;
    private readonly decimal[] _transfers;
    private readonly string?[] _cityOnDay;

    public NetworkMoney(WorldContext ctx, Rng rng, string network, NetworkMoneyProfile profile)
    {
        _ctx = ctx;
        _rng = rng;
        _network = network;
        _profile = profile;
        _cash = new decimal[ctx.Days];
        _transfers = new decimal[ctx.Days];
        _cityOnDay = new string?[ctx.Days];
    }

    public List<NetworkMember> Collectors { get; } = [];

    public List<NetworkMember> PassThrough { get; } = [];

    public List<NetworkMember> Remitters { get; } = [];

    public List<string> Beneficiaries { get; } = [];

    /// <summary>One day of one woman's work in <paramref name="city"/>: clients pay cash, a few by transfer to a collector.</summary>
    public void Work(int day, string city, int p60)
    {
        _cityOnDay[day] ??= city;
        var clients = _rng.Poisson(4);
        for (var c = 0; c < clients; c++)
        {
            var amount = (decimal)(p60 * _rng.Between(0.6, 1.6));
            amount = Math.Round(amount / 10) * 10;
            if (_rng.Chance(_profile.TransferPaymentShare))
            {
                var to = _rng.Pick(Collectors).Account!;
                Flows.ClientPayment(_ctx, _rng, _ctx.Start.AddDays(day), to, amount, _network);
                _transfers[day] += amount;
            }
            else
            {
                _cash[day] += amount;
            }
        }
    }

    /// <summary>Every two weeks: deposit the network's share of the cash, move it through pass-through accounts and send it abroad.</summary>
    public void Settle()
    {
        // Every two weeks: the cash the women handed over is banked, then moved on.
        for (var period = 0; period * 14 < _ctx.Days; period++)
        {
            var from = period * 14;
            var to = Math.Min(_ctx.Days - 1, from + 13);
            decimal cash = 0, transfers = 0;
            var cities = new List<string>();
            for (var d = from; d <= to; d++)
            {
                cash += _cash[d];
                transfers += _transfers[d];
                if (_cityOnDay[d] is { } c && !cities.Contains(c))
                {
                    cities.Add(c);
                }
            }

            if (cash + transfers <= 0 || cities.Count == 0)
            {
                continue;
            }

            var deposited = Deposit(cash * (decimal)_profile.CashDepositShare, from, to, cities);
            var inflow = deposited + transfers;
            var forwardDay = to + 1;
            if (forwardDay >= _ctx.Days || inflow < 500)
            {
                continue;
            }

            Forward(Math.Round(inflow * (decimal)_rng.Between(0.85, 0.95), 2), forwardDay);
        }
    }

    private decimal Deposit(decimal amount, int from, int to, List<string> cities)
    {
        var threshold = _profile.StructuringThreshold;
        decimal total = 0;
        while (amount > 200)
        {
            var structuring = amount > threshold;
            var chunk = structuring ? Math.Round(threshold * (decimal)_rng.Between(0.90, 0.995), 0) : Math.Round(amount, 0);
            var day = _rng.Between(from, to);
            var city = _ctx.World.City(_rng.Pick(cities));
            var collector = _rng.Pick(Collectors);
            _ctx.AddTx(Flows.Transfer(_ctx, _ctx.Start.AddDays(day), chunk, null, collector.Name, null, collector.Account, collector.Account!.OwnerName, null, "cash_deposit", city.Name, city.Country, "", structuring ? "structuring" : "cash_deposit", _network, "cash", "collector"));
            total += chunk;
            amount -= chunk;
        }

        return total;
    }

    private void Forward(decimal amount, int day)
    {
        var date = _ctx.Start.AddDays(day);
        var source = _rng.Pick(Collectors).Account!;
        var held = new List<(NetworkMember Member, decimal Amount)>();
        if (PassThrough.Count > 0)
        {
            var pass = _rng.Pick(PassThrough);
            _ctx.AddTx(Flows.Transfer(_ctx, date, amount, source, source.OwnerName, null, pass.Account, pass.Name, null, "transfer", null, null, Memo(), "pass_through", _network, "collector", "pass_through"));
            source = pass.Account!;
            day = Math.Min(_ctx.Days - 1, day + _rng.Between(0, 1));
            date = _ctx.Start.AddDays(day);
            amount = Math.Round(amount * (decimal)_rng.Between(0.97, 0.995), 2);
        }

        var share = Math.Round(amount / Remitters.Count, 2);
        foreach (var r in Remitters)
        {
            _ctx.AddTx(Flows.Transfer(_ctx, date, share, source, source.OwnerName, null, r.Account, r.Name, null, "transfer", null, null, Memo(), "pass_through", _network, source.Role, "remitter"));
            held.Add((r, Math.Round(share * (decimal)_rng.Between(0.95, 0.99), 2)));
        }

        foreach (var (member, total) in held)
        {
            var left = total;
            var d = day;
            while (left > 100 && d < _ctx.Days)
            {
                var chunk = Math.Min(left, Math.Round(_profile.RemitThreshold * (decimal)_rng.Between(0.80, 0.99), 0));
                var agent = _rng.Pick(_ctx.RemitterAccounts);
                var beneficiary = _rng.Pick(Beneficiaries);
                _ctx.AddTx(Flows.Transfer(_ctx, _ctx.Start.AddDays(d), chunk, member.Account, member.Name, null, agent, agent.OwnerName, null, "remittance", null, _profile.RemitCountry, "REMIT TO " + beneficiary.ToUpperInvariant() + " " + _profile.RemitCountry, "remittance", _network, "remitter", "remitter_agent"));
                left -= chunk;
                d += _rng.Between(0, 2);
            }
        }
    }

    private string Memo() => _rng.Chance(0.5) ? "" : _rng.Pick(new[] { "loan", "family", "repayment", "stock", "goods " + _rng.Between(10, 99).ToString(CultureInfo.InvariantCulture) });
}
