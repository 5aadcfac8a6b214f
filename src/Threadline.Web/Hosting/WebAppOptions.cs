namespace Threadline.Web;

/// <summary>Where the web app reads from and listens.</summary>
/// <param name="Workspace">The workspace file, opened read-only.</param>
/// <param name="Urls">Addresses to listen on (default <see cref="DefaultUrl"/>).</param>
public sealed record WebAppOptions(string Workspace, string Urls)
{
    /// <summary>Configuration key of the workspace path (<c>--workspace</c>).</summary>
    public const string WorkspaceKey = "workspace";

    /// <summary>Loopback only: accounts and an audit log come with the server issue.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>True when every address is a loopback one (127.0.0.0/8, [::1], localhost).</summary>
    public static bool IsLoopbackOnly(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                return false;
            }

            var host = uri.Host.Trim('[', ']');
            var loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
                || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));
            if (!loopback)
            {
                return false;
            }
        }

        return true;
    }
}
