namespace Threadline.Application.Queries.Personas;

/// <summary>A photo of an ad that was read from the workspace's image folder (never a remote address).</summary>
/// <param name="ImageId">The Image entity (its content hash names it).</param>
/// <param name="AdId">An ad that shows it.</param>
/// <param name="Reference">The reference the ad gave.</param>
public sealed record PhotoRef(string ImageId, string AdId, string Reference);
