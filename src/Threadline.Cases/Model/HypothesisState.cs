namespace Threadline.Cases.Model;

/// <summary>Where a hypothesis stands after the evidence so far.</summary>
public enum HypothesisState
{
    Open,
    Supported,
    Refuted,
}
