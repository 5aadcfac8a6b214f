using Xunit.Abstractions;
using Xunit.Sdk;

namespace Threadline.Storage.Compliance;

/// <summary>Discovers <see cref="ComplianceFactAttribute"/> tests: as facts, or as one skipped case when the engine cannot run here.</summary>
public sealed class ComplianceFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        return ComplianceSkip.Reason(testMethod) is { } reason
            ? [new SkippedComplianceTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
