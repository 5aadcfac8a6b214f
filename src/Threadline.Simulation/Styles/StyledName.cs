namespace Threadline.Simulation.Styles;

/// <summary>A woman's name in a styled world: the canonical form (the truth's working name) and every written form.</summary>
internal sealed record StyledName(string Canonical, IReadOnlyList<string>? Forms);
