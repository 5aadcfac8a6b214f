using Threadline.Cases.Model;

namespace Threadline.Cases.Store;

/// <summary>The row a store lists cases by: reference, title, legal basis, the magistrate, status, opened when and by whom.</summary>
public sealed record CaseHeader
{
    /// <summary>The longest title.</summary>
    public const int MaxTitle = 300;

    public CaseHeader(string reference, string title, string legalBasis, Magistrate magistrate, CaseStatus status, DateTimeOffset openedAt, string openedBy)
    {
        Reference = Text.Id(reference, "case reference");
        Title = Text.Required(title, "title", MaxTitle);
        LegalBasis = Text.Required(legalBasis, "legal basis", 2000);
        Magistrate = magistrate ?? throw new ArgumentNullException(nameof(magistrate));
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status), status, "open, suspended or closed");
        OpenedAt = openedAt.ToUniversalTime();
        OpenedBy = Text.Id(openedBy, "opened by");
    }

    public string Reference { get; }

    public string Title { get; }

    public string LegalBasis { get; }

    public Magistrate Magistrate { get; }

    public CaseStatus Status { get; init; }

    public DateTimeOffset OpenedAt { get; }

    public string OpenedBy { get; }
}
