namespace Threadline.Cases.Grading;

/// <summary>
/// Europol handling codes: what the provider allows the receiver to do with a piece of information. Every note,
/// hypothesis, task and attached entity carries one; <see cref="ExportFilter"/> applies them.
/// </summary>
public enum HandlingCode
{
    /// <summary>H0: for law-enforcement purposes only (never to a recipient outside law enforcement).</summary>
    H0,

    /// <summary>H1: not to be used in judicial proceedings (a court file) without the provider's permission.</summary>
    H1,

    /// <summary>H2: not to be disseminated onward without the provider's permission.</summary>
    H2,

    /// <summary>H3: other restrictions, stated in words by the provider; nothing leaves the case team without permission.</summary>
    H3,
}
