namespace Threadline.Application.Eval;

/// <summary>One part of <c>threadline eval</c>: a titled table of measured figures against targets.</summary>
public sealed class EvalSection
{
    public EvalSection(string title)
    {
        Title = title;
    }

    public string Title { get; }

    public List<EvalMetric> Metrics { get; } = [];

    /// <summary>Extra tables (per technique, per profile…), each a header and rows.</summary>
    public List<EvalTable> Tables { get; } = [];

    public List<string> Notes { get; } = [];

    public EvalSection Add(string name, double value, string? target = null, bool? met = null, string format = "F4")
    {
        Metrics.Add(new EvalMetric(name, value, format, target, met));
        return this;
    }
}

/// <summary>A measured figure; <see cref="Met"/> is null when there is no target.</summary>
public sealed record EvalMetric(string Name, double Value, string Format, string? Target, bool? Met);

/// <summary>A small table inside a section.</summary>
public sealed record EvalTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
