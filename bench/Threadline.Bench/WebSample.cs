using System.Text.Json;

namespace Threadline.Bench;

/// <summary>Ids taken from the workspace through the API itself: the top leads and what they hold.</summary>
internal sealed class WebSample
{
    private const int Leads = 30;

    public List<string> Networks { get; } = [];

    public List<string> Personas { get; } = [];

    public List<string> Ads { get; } = [];

    public List<string> Phones { get; } = [];

    public List<string> Searches { get; } = [];

    public static async Task<WebSample> Take(HttpClient http)
    {
        var sample = new WebSample();
        using var leads = JsonDocument.Parse(await http.GetStringAsync("/api/leads?flagged=false&limit=" + Leads));
        foreach (var lead in leads.RootElement.GetProperty("leads").GetProperty("items").EnumerateArray())
        {
            sample.Networks.Add(lead.GetProperty("id").GetString()!);
        }

        foreach (var id in sample.Networks)
        {
            using var network = JsonDocument.Parse(await http.GetStringAsync("/api/networks/" + Uri.EscapeDataString(id) + "?limit=2"));
            foreach (var phone in network.RootElement.GetProperty("network").GetProperty("phones").EnumerateArray().Take(1))
            {
                sample.Phones.Add(phone.GetString()!);
            }

            foreach (var persona in network.RootElement.GetProperty("personas").GetProperty("items").EnumerateArray().Take(2))
            {
                sample.Personas.Add(persona.GetProperty("id").GetString()!);
            }
        }

        foreach (var id in sample.Personas)
        {
            using var persona = JsonDocument.Parse(await http.GetStringAsync("/api/personas/" + Uri.EscapeDataString(id) + "?limit=2"));
            foreach (var ad in persona.RootElement.GetProperty("ads").GetProperty("items").EnumerateArray().Take(1))
            {
                sample.Ads.Add(ad.GetProperty("id").GetString()!);
                var words = (ad.GetProperty("title").GetString() ?? string.Empty)
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(w => w.Length >= 4 && w.All(char.IsLetter))
                    .Take(2)
                    .ToList();
                if (words.Count > 0)
                {
                    sample.Searches.Add(string.Join(' ', words));
                }
            }
        }

        // A phone typed another way than it is stored: 00 and the digits in groups of two.
        foreach (var phone in sample.Phones.Take(10))
        {
            var digits = phone.TrimStart('+');
            sample.Searches.Add("00" + string.Join(' ', Enumerable.Range(0, (digits.Length + 1) / 2).Select(i => digits.Substring(i * 2, Math.Min(2, digits.Length - (i * 2))))));
        }

        return sample;
    }
}
