using Threadline.Cases.Grading;
using Threadline.Cases.Model;

namespace Threadline.Cases.Chart;

/// <summary>
/// A link an analyst draws by hand between two chart nodes (entities added by hand or nodes of the generated graph):
/// its type ("called", "paid", "lives at"), where the information comes from, its marking, who drew it and when.
/// </summary>
public sealed record ChartLink : IMarked
{
    public ChartLink(string id, string from, string to, string type, string source, Marking marking, string addedBy, DateTimeOffset addedAt, DateOnly? date = null, string? note = null, bool directed = true)
    {
        Id = Text.Id(id, nameof(id));
        From = ChartText.Node(from, nameof(from));
        To = ChartText.Node(to, nameof(to));
        if (string.Equals(From, To, StringComparison.Ordinal))
        {
            throw new ArgumentException($"link {Id}: from and to are the same node ({From})", nameof(to));
        }

        Type = Text.Required(type, nameof(type), ChartText.MaxLabel);
        Source = Text.Required(source, nameof(source), ChartText.MaxSource);
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
        AddedBy = Text.Id(addedBy, nameof(addedBy));
        AddedAt = addedAt.ToUniversalTime();
        Date = date;
        Note = Text.Optional(note, nameof(note), ChartText.MaxNote);
        Directed = directed;
    }

    public string Id { get; }

    /// <summary>The node it starts at.</summary>
    public string From { get; }

    /// <summary>The node it ends at.</summary>
    public string To { get; }

    /// <summary>What ties the two, in words.</summary>
    public string Type { get; }

    public string Source { get; }

    public Marking Marking { get; }

    public string AddedBy { get; }

    public DateTimeOffset AddedAt { get; }

    public DateOnly? Date { get; }

    public string? Note { get; }

    public bool Directed { get; }
}
