namespace Threadline.Cases.Victims;

/// <summary>One first-contact indicator: a reason to ask further and to refer, never proof.</summary>
public sealed record Indicator(string Id, string Group, string Text);
