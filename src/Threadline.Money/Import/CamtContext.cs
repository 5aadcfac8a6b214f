namespace Threadline.Money.Import;

/// <summary>What every part of one camt file shares while it is read.</summary>
internal sealed record CamtContext(string File, string Format);
