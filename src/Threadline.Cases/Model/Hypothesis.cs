using Threadline.Cases.Grading;

namespace Threadline.Cases.Model;

/// <summary>A hypothesis the team tests (e.g. "the Leuven flat is the booking hub"), with its current state.</summary>
public sealed record Hypothesis : CaseEntry
{
    public Hypothesis(string id, string text, string author, DateTimeOffset createdAt, Marking marking, HypothesisState state = HypothesisState.Open)
        : base(id, text, author, createdAt, marking)
    {
        State = Enum.IsDefined(state) ? state : throw new ArgumentOutOfRangeException(nameof(state), state, "open, supported or refuted");
    }

    public HypothesisState State { get; init; }
}
