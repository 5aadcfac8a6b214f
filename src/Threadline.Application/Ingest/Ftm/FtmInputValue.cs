namespace Threadline.Application.Ingest.Ftm;

/// <summary>One value read from an FtM file (an entity's property value, or one statement), with the line it starts on.</summary>
public sealed record FtmInputValue(
    long Line,
    string EntityId,
    string Schema,
    string Prop,
    string Value,
    string Dataset,
    string? Lang,
    string? OriginalValue,
    string? Origin,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen);
