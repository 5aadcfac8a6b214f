namespace Threadline.Application.Queries.Personas;

/// <summary>A value seen in ads (a name, an age, a phone), in how many, first and last.</summary>
public sealed record SeenValue(string Value, int Ads, DateTimeOffset? FirstSeen, DateTimeOffset? LastSeen, bool Cut);
