using System.Security.Cryptography;

namespace Threadline.Web.Assets;

/// <summary>
/// The app's CSS, JS and the npm libraries, embedded in this assembly at build time and served from memory under
/// <c>/assets/</c>: nothing is fetched from another host, and the files cannot be changed behind the app's back.
/// </summary>
public sealed class AssetCatalog
{
    private readonly Dictionary<string, Asset> _assets = new(StringComparer.Ordinal);

    public AssetCatalog()
    {
        var assembly = typeof(AssetCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            _assets[name["assets/".Length..]] = new Asset(bytes, ContentType(name), "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
        }
    }

    /// <summary>True when the npm libraries were installed when the app was built (graphs and maps need them).</summary>
    public bool HasLibraries => _assets.ContainsKey("lib/cytoscape.min.js") && _assets.ContainsKey("lib/leaflet.js");

    public bool TryGet(string path, out Asset asset) => _assets.TryGetValue(path, out asset!);

    private static string ContentType(string name) => System.IO.Path.GetExtension(name) switch
    {
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };

    /// <summary>One embedded file.</summary>
    public sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
