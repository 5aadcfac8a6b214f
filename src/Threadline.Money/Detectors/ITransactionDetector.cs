using Threadline.Money.Graph;

namespace Threadline.Money.Detectors;

/// <summary>A typology detector over the compact transaction graph.</summary>
public interface ITransactionDetector
{
    /// <summary>Short stable name used in findings (e.g. <c>fan-in</c>).</summary>
    string Name { get; }

    /// <summary>Runs the detector; findings are in a deterministic order.</summary>
    IReadOnlyList<Finding> Detect(TransactionTable table);
}
