namespace Threadline.Cases.Grading;

/// <summary>A piece of case information with an id and a marking: what <see cref="ExportFilter"/> sorts.</summary>
public interface IMarked
{
    string Id { get; }

    Marking Marking { get; }
}
