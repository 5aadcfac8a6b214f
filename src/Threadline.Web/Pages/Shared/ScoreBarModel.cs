namespace Threadline.Web.Pages.Shared;

/// <summary>A score drawn as a bar of its parts (each part its own colour), with the review threshold marked.</summary>
public sealed record ScoreBarModel(double Total, IReadOnlyList<Threadline.Linking.RiskPart> Parts, int Width = 140);
