using Threadline.Cases.Chart;

namespace Threadline.Cases.Store;

public static partial class CaseCodec
{
    public static string ChartEntity(ChartEntity e) =>
        Write(new ChartEntityDto(e.Id, e.Type, e.Label, e.Source, Dto(e.Marking), e.AddedBy, e.AddedAt, e.PersonId, e.Date, e.Note));

    public static ChartEntity ChartEntity(CaseRecord record) => Read(record, r =>
    {
        var e = Parse<ChartEntityDto>(r);
        return new ChartEntity(e.Id, e.Type, e.Label, e.Source, Of(e.Marking), e.AddedBy, e.AddedAt, e.PersonId, e.Date, e.Note);
    });

    public static string ChartLink(ChartLink l) =>
        Write(new ChartLinkDto(l.Id, l.From, l.To, l.Type, l.Source, Dto(l.Marking), l.AddedBy, l.AddedAt, l.Date, l.Note, l.Directed));

    public static ChartLink ChartLink(CaseRecord record) => Read(record, r =>
    {
        var l = Parse<ChartLinkDto>(r);
        return new ChartLink(l.Id, l.From, l.To, l.Type, l.Source, Of(l.Marking), l.AddedBy, l.AddedAt, l.Date, l.Note, l.Directed);
    });

    public static string ChartView(ChartView v) => Write(new ChartViewDto(
        v.BaseNetwork,
        v.Pins.ToDictionary(p => p.Key, p => new[] { p.Value.X, p.Value.Y }, StringComparer.Ordinal),
        [.. v.Hidden],
        v.Annotations.ToDictionary(a => a.Key, a => new AnnotationDto(a.Value.Text, a.Value.By, a.Value.At), StringComparer.Ordinal)));

    public static ChartView ChartView(CaseRecord record) => Read(record, r =>
    {
        var d = Parse<ChartViewDto>(r);
        var view = Chart.ChartView.Empty.From(d.BaseNetwork);
        foreach (var (node, xy) in d.Pins ?? [])
        {
            view = xy is { Length: 2 } ? view.Pin(node, xy[0], xy[1]) : throw new FormatException($"pin {node}: expected [x, y]");
        }

        foreach (var node in d.Hidden ?? [])
        {
            view = view.Hide(node);
        }

        foreach (var (node, a) in d.Annotations ?? [])
        {
            view = view.Annotate(node, a.Text, a.By, a.At);
        }

        return view;
    });

    private sealed record ChartEntityDto(string Id, ChartEntityType Type, string Label, string Source, MarkingDto? Marking, string AddedBy, DateTimeOffset AddedAt, string? PersonId, DateOnly? Date, string? Note);

    private sealed record ChartLinkDto(string Id, string From, string To, string Type, string Source, MarkingDto? Marking, string AddedBy, DateTimeOffset AddedAt, DateOnly? Date, string? Note, bool Directed);

    private sealed record AnnotationDto(string Text, string By, DateTimeOffset At);

    private sealed record ChartViewDto(string? BaseNetwork, Dictionary<string, double[]>? Pins, string[]? Hidden, Dictionary<string, AnnotationDto>? Annotations);
}
