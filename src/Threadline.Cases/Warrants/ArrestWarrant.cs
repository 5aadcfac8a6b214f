using Threadline.Cases.Deadlines;
using Threadline.Cases.Grading;
using Threadline.Cases.Model;

namespace Threadline.Cases.Warrants;

/// <summary>
/// A European Arrest Warrant held by a case: issued or received, about which person, with the other state, and — once
/// the person is arrested — the execution facts the limits of FD 2002/584/JHA are computed from. A change (consent
/// given, decision taken, surrender) is a new version of the same warrant.
/// </summary>
public sealed record ArrestWarrant : IMarked
{
    public ArrestWarrant(string id, WarrantDirection direction, DateOnly issuedOn, string otherState, string? personId, ArrestWarrantFacts? execution, DateOnly? surrenderedOn, string recordedBy, DateTimeOffset recordedAt, Marking marking)
    {
        Id = Text.Id(id, "warrant id");
        Direction = Enum.IsDefined(direction) ? direction : throw new ArgumentOutOfRangeException(nameof(direction), direction, "issued or received");
        IssuedOn = issuedOn;
        var state = (otherState ?? string.Empty).Trim().ToUpperInvariant();
        OtherState = state.Length == 2 && state.All(char.IsAsciiLetterUpper)
            ? state
            : throw new ArgumentException($"warrant {Id}: other state '{otherState}' is not an ISO 3166-1 alpha-2 code (ES, BE …)", nameof(otherState));
        PersonId = personId is null ? null : Text.Id(personId, "warrant person");
        if (execution is not null)
        {
            _ = TimeZones.Find(execution.ExecutingTimeZone);
            if (execution.ArrestedOn < issuedOn)
            {
                throw new ArgumentException($"warrant {Id}: arrest ({Day(execution.ArrestedOn)}) cannot be before the warrant was issued ({Day(issuedOn)})", nameof(execution));
            }

            // The limits' own consistency rules (consent after arrest, decision after arrest …).
            _ = ArrestWarrantDeadlines.Compute(execution);
        }

        Execution = execution;
        if (surrenderedOn is { } s && execution?.FinalDecisionOn is null)
        {
            throw new ArgumentException($"warrant {Id}: a surrender ({Day(s)}) needs the final decision's date first", nameof(surrenderedOn));
        }
        else if (surrenderedOn < execution?.FinalDecisionOn)
        {
            throw new ArgumentException($"warrant {Id}: surrender cannot be before the final decision", nameof(surrenderedOn));
        }

        SurrenderedOn = surrenderedOn;
        RecordedBy = Text.Id(recordedBy, "recorded by");
        RecordedAt = recordedAt.ToUniversalTime();
        Marking = marking ?? throw new ArgumentNullException(nameof(marking));
    }

    public string Id { get; }

    public WarrantDirection Direction { get; }

    public DateOnly IssuedOn { get; }

    /// <summary>The executing state of an issued warrant, the issuing state of a received one.</summary>
    public string OtherState { get; }

    /// <summary>The case person the warrant is about, if recorded.</summary>
    public string? PersonId { get; }

    /// <summary>Arrest, consent, decision and surrender dates in the executing state; null before the arrest.</summary>
    public ArrestWarrantFacts? Execution { get; }

    public DateOnly? SurrenderedOn { get; }

    public string RecordedBy { get; }

    public DateTimeOffset RecordedAt { get; }

    public Marking Marking { get; }

    /// <summary>
    /// The limits that follow from the execution facts (none before the arrest), each keyed by this warrant and marked
    /// met when the decision or the surrender happened (on a day before the limit passed: met; later: met late).
    /// </summary>
    public IReadOnlyList<Deadline> Deadlines()
    {
        if (Execution is not { } facts)
        {
            return [];
        }

        var zone = TimeZones.Find(facts.ExecutingTimeZone);
        return ArrestWarrantDeadlines.Compute(facts).Select(d =>
        {
            var met = d.Key switch
            {
                "eaw.decision" => facts.FinalDecisionOn,
                "eaw.surrender" => SurrenderedOn,
                _ => null,
            };
            return d with
            {
                Key = $"warrant.{Id}.{d.Key}",
                Label = $"EAW {Id}: {d.Label}",
                MetAt = met is { } day ? TimeZones.ToInstant(day, TimeOnly.MinValue, zone) : null,
            };
        }).ToList();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
