using Threadline.Cases.Grading;

namespace Threadline.Cases.Model;

/// <summary>A note, hypothesis or task: text written by a case member, graded and handled like any information.</summary>
public abstract record CaseEntry : IMarked
{
    protected CaseEntry(string id, string text, string author, DateTimeOffset createdAt, Marking marking)
    {
        Id = Model.Text.Id(id, nameof(id));
        Body = Model.Text.Required(text, nameof(text), Model.Text.BodyLength);
        Author = Model.Text.Id(author, nameof(author));
        CreatedAt = createdAt.ToUniversalTime();
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
    }

    public string Id { get; }

    public string Body { get; }

    public string Author { get; }

    public DateTimeOffset CreatedAt { get; }

    public Marking Marking { get; }
}
