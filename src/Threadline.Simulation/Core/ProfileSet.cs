namespace Threadline.Simulation.Core;

/// <summary>Actor profiles and market mix (Data/profiles.json, overridable with --profile).</summary>
internal sealed class ProfileSet
{
    public required Dictionary<string, double> Mix { get; init; }

    public required IndependentProfile Independent { get; init; }

    public required AgencyProfile Agency { get; init; }

    public required NetworkProfile[] Networks { get; init; }

    public required ScamProfile Scam { get; init; }

    public required BotProfile Bot { get; init; }

    public required PriceProfile Prices { get; init; }

    public required BackgroundProfile Background { get; init; }

    public double MixOf(string kind) => Mix.TryGetValue(kind, out var v) ? v : 0;
}

internal sealed class IndependentProfile
{
    public required Dictionary<string, double> Origins { get; init; }

    public required int[] Ages { get; init; }

    public required int[] PostEveryDays { get; init; }

    public required int[] ActiveDays { get; init; }

    public double MultiSiteShare { get; init; }

    public double TouringShare { get; init; }

    public required int[] TouringCities { get; init; }

    public double SecondPhoneShare { get; init; }

    public double TextReuse { get; init; }

    public double EditShare { get; init; }

    public double Obfuscation { get; init; }

    public double PhoneFieldOnly { get; init; }

    public required Dictionary<string, double> Voices { get; init; }

    public required Dictionary<string, double> Indicators { get; init; }

    public double AccountShare { get; init; }

    public required int[] Photos { get; init; }
}

internal sealed class AgencyProfile
{
    public required Dictionary<string, double> Origins { get; init; }

    public required int[] Ages { get; init; }

    public required int[] Personas { get; init; }

    public required int[] PostEveryDays { get; init; }

    public required int[] ActiveDays { get; init; }

    public double Obfuscation { get; init; }

    public required Dictionary<string, double> Voices { get; init; }

    public required Dictionary<string, double> Indicators { get; init; }

    public required int[] Photos { get; init; }
}

internal sealed class NetworkProfile
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public double Share { get; init; }

    public required string Origin { get; init; }

    public required string[] Cities { get; init; }

    public required string[] Languages { get; init; }

    public required string[] Fragments { get; init; }

    public double FragmentRate { get; init; }

    public required int[] Ages { get; init; }

    public required int[] Victims { get; init; }

    public required int[] Concurrent { get; init; }

    public required int[] StayDays { get; init; }

    public required int[] Controllers { get; init; }

    public required int[] PhonesPerController { get; init; }

    public required int[] PhoneChangeDays { get; init; }

    public double ForeignPhoneShare { get; init; }

    public required int[] Bookers { get; init; }

    public required int[] Templates { get; init; }

    public required int[] PostEveryDays { get; init; }

    public double PhotoSharing { get; init; }

    public double Obfuscation { get; init; }

    public required Dictionary<string, double> Voices { get; init; }

    public required Dictionary<string, double> Indicators { get; init; }

    public required Dictionary<string, double> Accommodation { get; init; }

    public required NetworkMoneyProfile Money { get; init; }
}

internal sealed class NetworkMoneyProfile
{
    public required int[] Collectors { get; init; }

    public required int[] PassThrough { get; init; }

    public required int[] Remitters { get; init; }

    public double TransferPaymentShare { get; init; }

    public required string RemitCountry { get; init; }

    public double CashDepositShare { get; init; }

    public decimal StructuringThreshold { get; init; }

    public decimal RemitThreshold { get; init; }
}

internal sealed class ScamProfile
{
    public required int[] Copies { get; init; }

    public required int[] FakePhones { get; init; }

    public double Obfuscation { get; init; }
}

internal sealed class BotProfile
{
    public required int[] Reposts { get; init; }

    public required int[] EveryHours { get; init; }
}

internal sealed class PriceProfile
{
    public required int[] P30 { get; init; }

    public required int[] P60 { get; init; }

    public required int[] Night { get; init; }
}

internal sealed class BackgroundProfile
{
    public double StatementAccountsPer1000Ads { get; init; }

    public double GuestBookingsPerNetworkBooking { get; init; }

    public double ClientTransfersPerIndependentDay { get; init; }
}
