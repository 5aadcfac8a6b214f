using Threadline.Cases.Grading;

namespace Threadline.Cases.Model;

/// <summary>A plain note.</summary>
public sealed record Note : CaseEntry
{
    public Note(string id, string text, string author, DateTimeOffset createdAt, Marking marking)
        : base(id, text, author, createdAt, marking)
    {
    }
}
