namespace Threadline.Cases.Victims;

/// <summary>A residence-document step taken (one of the country's <see cref="ResidenceStepDefinition"/>s) and when.</summary>
public sealed record ResidenceStepRecord(string StepId, DateOnly On);
