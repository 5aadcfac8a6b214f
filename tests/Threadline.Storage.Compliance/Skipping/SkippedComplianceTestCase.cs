using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Threadline.Storage.Compliance;

/// <summary>A compliance test reported as skipped, with the engine probe's reason.</summary>
public sealed class SkippedComplianceTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer")]
    public SkippedComplianceTestCase()
    {
    }

    public SkippedComplianceTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method)
    {
        _reason = reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Serialize(data);
        data.AddValue("ComplianceSkip", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _reason = data.GetValue<string>("ComplianceSkip");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
