using System.Text.Json;

namespace Threadline.Money.Detectors;

/// <summary>Parameters of the payments-by-keyword detector (payments to ad sites and accommodation).</summary>
/// <param name="Categories">Category name → keywords (case-insensitive whole words or phrases) matched on creditor name and remittance text.</param>
/// <param name="MinPayments">Payments of one category needed from one account within the window.</param>
/// <param name="Window">Window over the payments.</param>
/// <param name="MaxEvidence">Most transactions cited per finding.</param>
public sealed record KeywordOptions(IReadOnlyDictionary<string, IReadOnlyList<string>> Categories, int MinPayments = 3, TimeSpan? Window = null, int MaxEvidence = 50)
{
    /// <summary>The window, 90 days when not set.</summary>
    public TimeSpan EffectiveWindow => Window ?? TimeSpan.FromDays(90);

    /// <summary>Defaults: the shipped keyword lists (<c>payment-keywords.json</c>), 3 payments in 90 days.</summary>
    public static KeywordOptions Default { get; } = new(LoadCategories(typeof(KeywordOptions).Assembly.GetManifestResourceStream("Threadline.Money.payment-keywords.json")!));

    /// <summary>Reads categories from JSON <c>{"category": ["keyword", …]}</c> (keys starting with '_' are comments).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> LoadCategories(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var result = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name.StartsWith('_') || property.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            result[property.Name] = property.Value.EnumerateArray().Select(k => k.GetString()!.ToLowerInvariant()).Where(k => k.Length > 0).Take(10_000).ToList();
        }

        return result;
    }
}
