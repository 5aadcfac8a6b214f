namespace Threadline.Cases.Victims;

/// <summary>The shape of Data/reflection-periods.json.</summary>
internal sealed record ReflectionRulesFile(string Default, CountryReflectionRule[] Countries);
