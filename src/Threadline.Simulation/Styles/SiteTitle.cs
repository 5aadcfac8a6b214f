namespace Threadline.Simulation.Styles;

/// <summary>A site's title convention.</summary>
internal sealed class SiteTitle
{
    public required string Person { get; init; }

    public required string Agency { get; init; }
}
