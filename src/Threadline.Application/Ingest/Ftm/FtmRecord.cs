namespace Threadline.Application.Ingest.Ftm;

/// <summary>One record of an FtM file as the ingest pipeline carries it: an entity line, a statement line or a statement CSV row, with the values read from it.</summary>
/// <param name="Line">The line it starts on.</param>
/// <param name="Values">Its values in their FtM form (none for a statement of an entity's schema, or when all were left out).</param>
public sealed record FtmRecord(long Line, IReadOnlyList<FtmInputValue> Values);
