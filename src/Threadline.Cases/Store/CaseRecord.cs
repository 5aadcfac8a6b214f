namespace Threadline.Cases.Store;

/// <summary>
/// One version of one part of a case file as a store keeps it: the case, the kind of part (<see cref="CaseKinds"/>), its
/// id within the case and kind, its version (1, 2, … — every change is a new row, earlier ones stay), when and by whom it
/// was written, and the part itself as JSON (<see cref="CaseCodec"/>).
/// </summary>
public sealed record CaseRecord(string CaseReference, string Kind, string Id, int Version, DateTimeOffset At, string By, string Payload)
{
    /// <summary>The longest payload a record holds (a network snapshot of 100,000 members fits).</summary>
    public const int MaxPayload = 16 * 1024 * 1024;

    /// <summary>The longest id (composite ids such as day/team/report number included).</summary>
    public const int MaxId = 200;

    /// <summary>Checks the record's bounds before a store writes it.</summary>
    /// <exception cref="ArgumentException">A field empty, too long or out of range, naming it.</exception>
    public CaseRecord Checked()
    {
        Check(CaseReference, "case reference", 64);
        Check(Kind, "kind", 32);
        Check(Id, "id", MaxId);
        Check(By, "by", 64);
        if (Version < 1)
        {
            throw new ArgumentException($"{Kind} {Id}: version must be 1 or more", nameof(Version));
        }

        if (Payload is null || Payload.Length > MaxPayload)
        {
            throw new ArgumentException($"{Kind} {Id}: payload missing or over {MaxPayload} characters", nameof(Payload));
        }

        return this with { At = At.ToUniversalTime() };
    }

    private static void Check(string? value, string field, int max)
    {
        if (string.IsNullOrEmpty(value) || value.Length > max || value.Any(char.IsControl))
        {
            throw new ArgumentException($"case record {field}: required, at most {max} characters, no control characters", field);
        }
    }
}
