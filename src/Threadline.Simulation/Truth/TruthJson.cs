using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Threadline.Simulation.Truth;

/// <summary>Serializer settings of the truth files (snake_case, nulls omitted, UTF-8 left readable).</summary>
internal static class TruthJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNameCaseInsensitive = true,
    };

    public const string Ads = "ads.jsonl";
    public const string Personas = "personas.jsonl";
    public const string Networks = "networks.jsonl";
    public const string Bookings = "bookings.jsonl";
    public const string Accounts = "accounts.jsonl";
    public const string Transactions = "transactions.jsonl";
    public const string World = "world.json";
}
