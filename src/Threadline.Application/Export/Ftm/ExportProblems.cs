namespace Threadline.Application.Export.Ftm;

/// <summary>
/// Values an export could not write as FollowTheMoney asks (left out, with the reason) or had to cut to their type's
/// length, counted, with the first few as samples so the user sees what and why.
/// </summary>
public sealed class ExportProblems
{
    private const int MaxSamples = 20;
    private readonly List<string> _samples = [];

    public long ValuesLeftOut { get; private set; }

    public long ValuesCut { get; private set; }

    public long DuplicateIds { get; private set; }

    public IReadOnlyList<string> Samples => _samples;

    public void LeftOut(string entity, string schema, string property, string value, string reason)
    {
        ValuesLeftOut++;
        Sample($"{schema} {entity} {property} '{Short(value)}' {reason}: left out");
    }

    public void Cut(string entity, string schema, string property, int length)
    {
        ValuesCut++;
        Sample(FormattableString.Invariant($"{schema} {entity} {property} of {length:N0} characters is longer than FollowTheMoney allows: cut (the whole value is the statement's original_value)"));
    }

    public long EntitiesLeftOut { get; private set; }

    public void LeftOutEntity(string entity, string schema, string reason)
    {
        EntitiesLeftOut++;
        Sample($"{schema} {entity} left out: {reason}");
    }

    public void Duplicate(string entity, string schema)
    {
        DuplicateIds++;
        EntitiesLeftOut++;
        Sample($"{schema} {entity} has the id of an entity already written: left out");
    }

    private void Sample(string line)
    {
        if (_samples.Count < MaxSamples)
        {
            _samples.Add(line);
        }
    }

    private static string Short(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
