namespace Threadline.Simulation.Styles;

/// <summary>A style's name, the actor kinds it changes, and a one-line summary.</summary>
internal sealed class StyleInfo
{
    public required string Name { get; init; }

    public required string[] Actors { get; init; }

    public required string Summary { get; init; }
}
