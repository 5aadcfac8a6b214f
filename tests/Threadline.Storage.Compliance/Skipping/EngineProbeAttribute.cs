namespace Threadline.Storage.Compliance;

/// <summary>
/// On an engine's compliance class: the probe that says whether the engine can be tested here. When it gives a reason,
/// every compliance test of the class is reported as skipped with that reason instead of failing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EngineProbeAttribute : Attribute
{
    public EngineProbeAttribute(Type probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!typeof(IEngineProbe).IsAssignableFrom(probe))
        {
            throw new ArgumentException($"{probe.Name} is not an {nameof(IEngineProbe)}", nameof(probe));
        }

        Probe = probe;
    }

    public Type Probe { get; }
}
