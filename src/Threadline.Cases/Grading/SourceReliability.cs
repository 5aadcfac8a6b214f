namespace Threadline.Cases.Grading;

/// <summary>
/// Source evaluation of the EU 4×4 system (Europol; Council Framework Decision 2006/960 practice). The system has four
/// source codes: A, B, C and X. There is no "D": that letter belongs to the 6×6 Admiralty code and the UK 5×5×5, and
/// <see cref="Grade.Parse"/> rejects it with a message saying so.
/// </summary>
public enum SourceReliability
{
    /// <summary>No doubt about authenticity, trustworthiness and competence, or proved reliable in all instances.</summary>
    A,

    /// <summary>The source has in most instances proved to be reliable.</summary>
    B,

    /// <summary>The source has in most instances proved to be unreliable.</summary>
    C,

    /// <summary>The reliability of the source cannot be assessed.</summary>
    X,
}
