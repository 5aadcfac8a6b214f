using Threadline.Cases.Grading;

namespace Threadline.Cases.Model;

/// <summary>A task for a member, with an optional due instant; done when <see cref="DoneAt"/> is set.</summary>
public sealed record CaseTask : CaseEntry
{
    public CaseTask(string id, string text, string author, DateTimeOffset createdAt, Marking marking, string? assignee = null, DateTimeOffset? dueAt = null)
        : base(id, text, author, createdAt, marking)
    {
        Assignee = assignee is null ? null : Model.Text.Id(assignee, nameof(assignee));
        DueAt = dueAt?.ToUniversalTime();
    }

    public string? Assignee { get; }

    public DateTimeOffset? DueAt { get; }

    public DateTimeOffset? DoneAt { get; private init; }

    /// <summary>The task marked done at <paramref name="at"/>.</summary>
    public CaseTask Complete(DateTimeOffset at) => this with { DoneAt = at.ToUniversalTime() };
}
