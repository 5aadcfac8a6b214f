namespace Threadline.Cases.Grading;

/// <summary>Information evaluation of the EU 4×4 system: how the content is known, 1 (surest) to 4.</summary>
public enum InformationAssessment
{
    /// <summary>Known to be true without reservation.</summary>
    One = 1,

    /// <summary>Known personally to the source but not to the official passing it on.</summary>
    Two = 2,

    /// <summary>Not known personally to the source, but corroborated by information already recorded.</summary>
    Three = 3,

    /// <summary>Not known personally to the source and cannot be corroborated.</summary>
    Four = 4,
}
