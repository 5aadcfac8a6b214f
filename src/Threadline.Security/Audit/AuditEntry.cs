namespace Threadline.Security.Audit;

/// <summary>
/// What is about to be done, by whom, from where and why: the part of an audit record a caller gives. The store adds
/// the sequence number, the time and the chain hashes (<see cref="AuditRecord"/>).
/// </summary>
/// <param name="Actor">Who acts: a user name (or, on a local file workspace without accounts, the operating-system user).</param>
/// <param name="Action">The kind of processing.</param>
/// <param name="Subject">What it touches: entity ids, a query, files, a command.</param>
/// <param name="Origin">From where: a host and program, or a client address.</param>
/// <param name="CaseReference">The case the action is done for (part of the justification); empty when none was given.</param>
/// <param name="Reason">Why (part of the justification); empty when none was given.</param>
public sealed record AuditEntry(string Actor, AuditAction Action, string Subject, string Origin, string CaseReference, string Reason)
{
    /// <summary>Longest actor, origin or case reference, in characters.</summary>
    public const int MaxShortField = 256;

    /// <summary>Longest subject or reason, in characters (a longer subject is cut and marked, never refused).</summary>
    public const int MaxLongField = 4096;

    /// <summary>True when both halves of a justification (case reference and reason) were given.</summary>
    public bool IsJustified => CaseReference.Length > 0 && Reason.Length > 0;

    /// <summary>
    /// Checks and bounds the entry: the actor is required, short fields are limited, a long subject is cut with a marker,
    /// control characters (which could forge lines in an export) become spaces.
    /// </summary>
    /// <exception cref="ArgumentException">No actor, or a short field or reason too long.</exception>
    public AuditEntry Checked()
    {
        if (string.IsNullOrWhiteSpace(Actor))
        {
            throw new ArgumentException("an audit record needs an actor", nameof(Actor));
        }

        _ = AuditActions.Name(Action);
        return this with
        {
            Actor = Short(Actor, nameof(Actor)),
            Origin = Short(Origin, nameof(Origin)),
            CaseReference = Short(CaseReference, nameof(CaseReference)),
            Reason = Clean(Reason).Length <= MaxLongField ? Clean(Reason) : throw new ArgumentException($"the reason is longer than {MaxLongField} characters", nameof(Reason)),
            Subject = Clean(Subject).Length <= MaxLongField ? Clean(Subject) : string.Concat(Clean(Subject).AsSpan(0, MaxLongField - 1), "…"),
        };
    }

    private static string Short(string? value, string field)
    {
        var clean = Clean(value);
        return clean.Length <= MaxShortField ? clean : throw new ArgumentException($"the audit field '{field}' is longer than {MaxShortField} characters", field);
    }

    private static string Clean(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || char.IsSurrogate(source[i]) && !IsPaired(source, i) ? ' ' : source[i];
            }
        }).Trim();

    private static bool IsPaired(string s, int i) =>
        char.IsHighSurrogate(s[i]) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
