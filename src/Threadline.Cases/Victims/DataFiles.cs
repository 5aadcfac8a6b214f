using System.Text.Json;

namespace Threadline.Cases.Victims;

/// <summary>Reads the JSON data files embedded in the assembly.</summary>
internal static class DataFiles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static T Load<T>(string name)
    {
        var resource = $"Threadline.Cases.{name}";
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"data file {name} is not embedded");
        return Parse<T>(stream, name);
    }

    public static T Parse<T>(Stream stream, string name)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{name}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: line {e.LineNumber + 1}: {e.Message}", e);
        }
    }
}
