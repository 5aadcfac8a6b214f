namespace Threadline.Application.Ingest.Ftm;

/// <summary>Something in an FtM file that was not read, with the line it is on and why.</summary>
/// <param name="Line">The line (1-based) the record starts on.</param>
/// <param name="Reason">What is wrong, naming the field.</param>
/// <param name="Kept">True when only a value was left out and the rest of the record was read.</param>
public sealed record FtmInputProblem(long Line, string Reason, bool Kept);
