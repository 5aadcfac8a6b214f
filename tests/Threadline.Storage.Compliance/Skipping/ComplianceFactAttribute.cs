using Xunit.Sdk;

namespace Threadline.Storage.Compliance;

/// <summary>A compliance fact: runs for every engine, skipped with a reason where the engine's probe says it cannot run.</summary>
[XunitTestCaseDiscoverer("Threadline.Storage.Compliance.ComplianceFactDiscoverer", "Threadline.Storage.Compliance")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ComplianceFactAttribute : FactAttribute
{
}
