using System.Globalization;
using System.Security.Cryptography;
using Threadline.Application.Cases.Chart;
using Threadline.Application.Queries;
using Threadline.Cases.Chart;
using Threadline.Cases.Grading;

namespace Threadline.Web.Cases;

/// <summary>
/// The case chart's writes as the page's forms and the JSON API both make them: input checked and turned into the
/// domain's records (an error names the field), then written through <see cref="CaseWork.Write"/> (membership, audit).
/// </summary>
public static class ChartWrites
{
    /// <summary>The most pins one view change carries.</summary>
    public const int MaxPins = 500;

    public static ChartEntity AddEntity(CaseWork work, ChartEntityInput input)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.TryParse<ChartEntityType>(input.Type?.Trim(), ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(input.Type, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException($"type '{Short(input.Type)}': one of {string.Join(", ", Enum.GetNames<ChartEntityType>()).ToLowerInvariant()}", "type");
        }

        var entity = new ChartEntity(Id(input.Id, "E"), type, input.Label!, input.Source!, Marking(input.Marking, input.Conditions), work.UserId, work.Now, Blank(input.PersonId), Day(input.Date), input.Note);
        work.Write($"chart entity {entity.Id} ({entity.Type}, {entity.Marking.Label}) put").PutChartEntity(work.Reference, entity);
        return entity;
    }

    public static ChartLink AddLink(CaseWork work, Investigation investigation, ChartLinkInput input)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(input);
        var link = new ChartLink(Id(input.Id, "L"), input.From!, input.To!, input.Type!, input.Source!, Marking(input.Marking, input.Conditions), work.UserId, work.Now, Day(input.Date), input.Note, input.Directed ?? true);
        var chart = CaseCharts.Build(investigation, work.Files, work.Reference);
        foreach (var (end, field) in new[] { (link.From, "from"), (link.To, "to") })
        {
            if (!end.StartsWith(ChartText.EntityPrefix, StringComparison.Ordinal) && !CaseCharts.Has(chart, end))
            {
                throw new ArgumentException($"{field} '{Short(end)}': not a node of the case chart", field);
            }
        }

        work.Write($"chart link {link.Id} {link.From} -> {link.To} ({link.Marking.Label}) put").PutChartLink(work.Reference, link);
        return link;
    }

    public static ChartView ChangeView(CaseWork work, ChartViewInput input)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(input);
        var action = (input.Action ?? string.Empty).Trim().ToLowerInvariant();
        var by = work.UserId;
        var at = work.Now;
        Func<ChartView, ChartView> change = action switch
        {
            "pin" => Pins(input.Pins),
            "unpin" => v => v.Unpin(input.Node!),
            "hide" => v => v.Hide(input.Node!),
            "show" => v => v.Show(input.Node!),
            "annotate" => v => v.Annotate(input.Node!, input.Text, by, at),
            "base" => v => v.From(Blank(input.Network)),
            _ => throw new ArgumentException($"action '{Short(input.Action)}': one of pin, unpin, hide, show, annotate, base", "action"),
        };

        // Check the input before the audit record says it was written.
        _ = change(ChartView.Empty);
        var what = action == "pin" ? $"chart view: {input.Pins?.Count ?? 0} node(s) pinned" : $"chart view: {action} {Short(input.Node ?? input.Network)}";
        work.Write(what).ChangeChartView(work.Reference, change, by, at);
        return work.Files.Chart(work.Reference).View;
    }

    private static Func<ChartView, ChartView> Pins(IReadOnlyList<ChartPinInput>? pins)
    {
        if (pins is not { Count: > 0 } || pins.Count > MaxPins)
        {
            throw new ArgumentException($"pins: 1 to {MaxPins} nodes with x and y", "pins");
        }

        return v =>
        {
            foreach (var p in pins)
            {
                v = v.Pin(p.Node!, p.X ?? double.NaN, p.Y ?? double.NaN);
            }

            return v;
        };
    }

    private static Marking Marking(string? text, string? conditions)
    {
        try
        {
            return Threadline.Cases.Grading.Marking.Parse(text ?? string.Empty, conditions);
        }
        catch (FormatException e)
        {
            throw new ArgumentException(e.Message, "marking", e);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message, "conditions", e);
        }
    }

    private static DateOnly? Day(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ArgumentException($"date '{Short(text)}': a day as yyyy-MM-dd", "date");
    }

    /// <summary>The id given, or a new one (a prefix and 8 random hex digits, so two analysts adding at once never collide).</summary>
    private static string Id(string? given, string prefix) =>
        string.IsNullOrWhiteSpace(given) ? prefix + "-" + RandomNumberGenerator.GetHexString(8, lowercase: true) : given.Trim();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Short(string? s) => s is null ? string.Empty : s.Length > 40 ? s[..40] + "…" : s;
}
