namespace Threadline.Storage.Compliance;

/// <summary>Says whether an engine can be tested here (its server installed, say); made with its parameterless constructor.</summary>
public interface IEngineProbe
{
    /// <summary>Why the engine's tests are skipped here, or null when they run.</summary>
    string? SkipReason { get; }
}
