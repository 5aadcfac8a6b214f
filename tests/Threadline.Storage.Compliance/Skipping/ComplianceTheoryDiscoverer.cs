using Xunit.Abstractions;
using Xunit.Sdk;

namespace Threadline.Storage.Compliance;

/// <summary>Discovers <see cref="ComplianceTheoryAttribute"/> tests: as theories, or as one skipped case when the engine cannot run here.</summary>
public sealed class ComplianceTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        return ComplianceSkip.Reason(testMethod) is { } reason
            ? [new SkippedComplianceTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}
