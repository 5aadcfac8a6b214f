using Threadline.Cases.Grading;
using Threadline.Cases.Model;

namespace Threadline.Cases.Chart;

/// <summary>
/// An entity an analyst adds to the case's link chart by hand (as in i2 Analyst's Notebook): what it is, its label, where
/// the information comes from, its 4×4 grade and handling code, who added it and when. An entity may stand for a person
/// of the case (<see cref="PersonId"/>); a victim is then labelled by her pseudonym only (checked when it is stored).
/// </summary>
public sealed record ChartEntity : IMarked
{
    public ChartEntity(string id, ChartEntityType type, string label, string source, Marking marking, string addedBy, DateTimeOffset addedAt, string? personId = null, DateOnly? date = null, string? note = null)
    {
        Id = Text.Id(id, nameof(id));
        Type = Enum.IsDefined(type) ? type : throw new ArgumentOutOfRangeException(nameof(type), type, "unknown chart entity type");
        Label = Text.Required(label, nameof(label), ChartText.MaxLabel);
        Source = Text.Required(source, nameof(source), ChartText.MaxSource);
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
        AddedBy = Text.Id(addedBy, nameof(addedBy));
        AddedAt = addedAt.ToUniversalTime();
        PersonId = personId is null ? null : Text.Id(personId, nameof(personId));
        Date = date;
        Note = Text.Optional(note, nameof(note), ChartText.MaxNote);
    }

    public string Id { get; }

    public ChartEntityType Type { get; }

    public string Label { get; }

    /// <summary>Where the information comes from (a statement, a report, a document), in words.</summary>
    public string Source { get; }

    public Marking Marking { get; }

    public string AddedBy { get; }

    public DateTimeOffset AddedAt { get; }

    /// <summary>The case person it stands for, if any.</summary>
    public string? PersonId { get; }

    /// <summary>The day it is dated (an event, a registration), if any.</summary>
    public DateOnly? Date { get; }

    public string? Note { get; }

    /// <summary>Its node id on the chart.</summary>
    public string NodeId => ChartText.NodeId(Id);
}
