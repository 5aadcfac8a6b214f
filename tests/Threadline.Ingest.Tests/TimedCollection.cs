namespace Threadline.Ingest.Tests;

/// <summary>Tests that assert on elapsed time run alone, after the others, so a busy test run does not make them flaky.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "Timed";
}
