namespace Threadline.Application.Queries.Graph;

/// <summary>A node of a link chart.</summary>
/// <param name="Id">Unique in the chart: kind and value (<c>phone:+32470123456</c>).</param>
/// <param name="Kind">network, persona, phone, email, handle, template, photo, booker, account, ad, or community (a collapsed group).</param>
/// <param name="Value">What the node stands for: the phone in E.164, the persona id, the account key.</param>
/// <param name="Label">A short label to draw.</param>
/// <param name="Ads">Ads behind it (for a community: nodes inside it).</param>
/// <param name="Cut">True when linking judged the identifier a hub and cut it: it links nothing.</param>
/// <param name="Community">The community it falls in (for collapsing large charts).</param>
/// <param name="Detail">One line for a tooltip (a hub's reason, a persona's cities).</param>
public sealed record GraphNode(string Id, string Kind, string Value, string Label, int Ads, bool Cut, int Community, string? Detail);
