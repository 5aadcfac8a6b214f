namespace Threadline.Cases.Victims;

/// <summary>One step towards a residence document in a country's procedure for victims.</summary>
public sealed record ResidenceStepDefinition(string Id, string Label);
