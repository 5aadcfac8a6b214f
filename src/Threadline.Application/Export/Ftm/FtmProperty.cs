namespace Threadline.Application.Export.Ftm;

/// <summary>A FollowTheMoney property as Threadline uses it: its name, its FtM type and, for references, the schema it points at.</summary>
/// <param name="Name">The FtM property name.</param>
/// <param name="Type">The FtM property type (<c>name</c>, <c>country</c>, <c>entity</c> …).</param>
/// <param name="Range">For <c>entity</c> properties: the schema the value must be (or descend from).</param>
public sealed record FtmProperty(string Name, string Type, string? Range);
