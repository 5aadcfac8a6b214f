namespace Threadline.Linking;

/// <summary>A record that was not read, where it was and why (written to the quarantine by the caller).</summary>
public sealed record RejectedRecord(string File, long Line, string Reason, string Excerpt);
