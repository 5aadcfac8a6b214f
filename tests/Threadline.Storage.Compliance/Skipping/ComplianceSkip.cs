using System.Collections.Concurrent;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Threadline.Storage.Compliance;

/// <summary>The skip reason of a compliance test method, from its concrete class's <see cref="EngineProbeAttribute"/>.</summary>
internal static class ComplianceSkip
{
    private static readonly ConcurrentDictionary<Type, string?> Reasons = new();

    public static string? Reason(ITestMethod method)
    {
        var type = (method.TestClass.Class as IReflectionTypeInfo)?.Type;
        if (type?.GetCustomAttribute<EngineProbeAttribute>() is not { } attribute)
        {
            return null;
        }

        return Reasons.GetOrAdd(attribute.Probe, probe => ((IEngineProbe)Activator.CreateInstance(probe)!).SkipReason);
    }
}
