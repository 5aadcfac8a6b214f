namespace Threadline.Web.Html;

/// <summary>The app's addresses, each value escaped for a path segment.</summary>
public static class Links
{
    public static string Network(string id) => "/networks/" + Uri.EscapeDataString(id);

    public static string Persona(string id) => "/personas/" + Uri.EscapeDataString(id);

    public static string Ad(string id) => "/ads/" + Uri.EscapeDataString(id);

    public static string Phone(string e164) => "/phones/" + Uri.EscapeDataString(e164);

    public static string Email(string address) => "/emails/" + Uri.EscapeDataString(address);

    public static string Handle(string handle) => "/handles/" + Uri.EscapeDataString(handle);

    public static string Account(string key) => "/accounts/" + Uri.EscapeDataString(key);

    public static string Search(string query) => "/search?q=" + Uri.EscapeDataString(query);

    /// <summary>The page of a finding or chart node kind, or null when it has none.</summary>
    public static string? Of(string kind, string value) => kind switch
    {
        "network" => Network(value),
        "persona" => Persona(value),
        "ad" => Ad(value),
        "phone" => Phone(value),
        "email" => Email(value),
        "handle" => Handle(value),
        "account" => Account(value),
        _ => null,
    };
}
