namespace Threadline.Application.Queries.Graph;

/// <summary>An edge of a link chart, saying why it is there and with what weight.</summary>
/// <param name="Source">Node id.</param>
/// <param name="Target">Node id.</param>
/// <param name="Kind">What ties them (phone, email, handle, template, photo, booking, money, ad, community).</param>
/// <param name="Weight">The weight linking gave the tie (0..1; 0 for a cut hub; for a community edge, the ties it stands for).</param>
/// <param name="Reason">A plain sentence.</param>
/// <param name="Cut">True when the tie is through a cut hub and joined nothing.</param>
public sealed record GraphEdge(string Source, string Target, string Kind, double Weight, string Reason, bool Cut);
