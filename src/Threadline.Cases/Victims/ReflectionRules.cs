using System.Collections.Immutable;

namespace Threadline.Cases.Victims;

/// <summary>
/// Reflection-period rules by country, from Data/reflection-periods.json (Belgium the default) or from a file an
/// installation supplies with its own figures.
/// </summary>
public sealed class ReflectionRules
{
    private ReflectionRules(string defaultCountry, ImmutableSortedDictionary<string, CountryReflectionRule> rules)
    {
        DefaultCountry = defaultCountry;
        ByCountry = rules;
    }

    /// <summary>The rules shipped with the project.</summary>
    public static ReflectionRules Shipped { get; } = From(DataFiles.Load<ReflectionRulesFile>("reflection-periods.json"), "reflection-periods.json");

    public string DefaultCountry { get; }

    public ImmutableSortedDictionary<string, CountryReflectionRule> ByCountry { get; }

    /// <summary>Reads rules from a JSON stream of the same shape as the shipped file; errors name the file and the field.</summary>
    public static ReflectionRules Read(Stream json, string fileName) => From(DataFiles.Parse<ReflectionRulesFile>(json, fileName), fileName);

    /// <summary>The rule for <paramref name="country"/>, or the default country's when null.</summary>
    public CountryReflectionRule For(string? country)
    {
        var c = (country ?? DefaultCountry).Trim().ToUpperInvariant();
        return ByCountry.TryGetValue(c, out var rule)
            ? rule
            : throw new KeyNotFoundException($"no reflection-period rule for country '{c}'; known: {string.Join(", ", ByCountry.Keys)}");
    }

    private static ReflectionRules From(ReflectionRulesFile file, string name)
    {
        var b = ImmutableSortedDictionary.CreateBuilder<string, CountryReflectionRule>(StringComparer.Ordinal);
        for (var i = 0; i < (file.Countries ?? []).Length; i++)
        {
            var r = file.Countries![i];
            var where = $"{name}: countries[{i}]";
            if (r.Country is not { Length: 2 } || !r.Country.All(char.IsAsciiLetterUpper))
            {
                throw new InvalidDataException($"{where}.country: '{r.Country}' is not an ISO 3166-1 alpha-2 code");
            }

            if (r.Days is < 0 or > 366 || r.Months is < 0 or > 24 || r.Days + r.Months == 0)
            {
                throw new InvalidDataException($"{where} ({r.Country}): days 0-366 and months 0-24, not both zero");
            }

            if (string.IsNullOrWhiteSpace(r.LegalBasis))
            {
                throw new InvalidDataException($"{where} ({r.Country}).legalBasis: cite the law the length comes from");
            }

            if (r.ResidenceSteps is null || r.ResidenceSteps.Any(s => string.IsNullOrWhiteSpace(s.Id) || string.IsNullOrWhiteSpace(s.Label)))
            {
                throw new InvalidDataException($"{where} ({r.Country}).residenceSteps: every step needs an id and a label");
            }

            if (!b.TryAdd(r.Country, r))
            {
                throw new InvalidDataException($"{where}: country {r.Country} appears twice");
            }
        }

        if (file.Default is null || !b.ContainsKey(file.Default))
        {
            throw new InvalidDataException($"{name}.default: '{file.Default}' has no rule in the file");
        }

        return new ReflectionRules(file.Default, b.ToImmutable());
    }
}
