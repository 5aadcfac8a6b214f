namespace Threadline.Extraction.Contacts;

/// <summary>One row of messaging-links.tsv: a link shape of a service and what its value is.</summary>
/// <param name="Service">Service id.</param>
/// <param name="Schemes">Lower-case schemes; "web" stands for http, https or none.</param>
/// <param name="Hosts">Lower-case hosts; empty when the host itself is the value (skype:name).</param>
/// <param name="Path">Path segments to match, null when the path is not looked at.</param>
/// <param name="Query">Query parameter holding the value, null when the query is not looked at.</param>
/// <param name="Fragment">Template of the fragment (after '#'), null when it is not looked at.</param>
/// <param name="Target">What the value is.</param>
internal sealed record LinkRule(
    string Service,
    IReadOnlyList<string> Schemes,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string>? Path,
    string? Query,
    string? Fragment,
    LinkTarget Target)
{
    /// <summary>The value placeholder in templates.</summary>
    public const string Value = "{v}";

    public bool HostIsValue => Hosts.Count == 0;
}
