using Threadline.Cases.Chart;
using Threadline.Cases.Model;

namespace Threadline.Cases.Store;

public sealed partial class CaseFiles
{
    /// <summary>The id of the chart's one view record.</summary>
    public const string ChartViewId = "view";

    /// <summary>The case's link chart as stored now (entities and links added by hand, the view).</summary>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    public CaseChart Chart(string reference)
    {
        _ = Store.FindCase(reference) ?? throw NoCase(reference);
        return ReadChart(reference);
    }

    /// <summary>
    /// Adds an entity to the chart, or writes a new version of one (the earlier one stays in its history). A case person
    /// it stands for must be in the case; a victim is labelled by her pseudonym only.
    /// </summary>
    /// <returns>The version written.</returns>
    public int PutChartEntity(string reference, ChartEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Change<int>(reference, l =>
        {
            Writable(l);
            if (entity.PersonId is { } personId)
            {
                var person = l.Case.Persons.FirstOrDefault(p => string.Equals(p.Id, personId, StringComparison.Ordinal))
                    ?? throw new InvalidOperationException($"case {reference}: chart entity {entity.Id} stands for person {personId}, who is not in the case");
                if (person.Pseudonym is { } pseudonym && !string.Equals(entity.Label, pseudonym.Value, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"chart entity {entity.Id}: person {personId} is a victim and is shown by her pseudonym only; label it '{pseudonym.Value}'", "label");
                }
            }

            var isNew = !l.Has(CaseKinds.ChartEntity, entity.Id);
            if (isNew && Store.Current(reference, CaseKinds.ChartEntity).Count >= CaseChart.MaxItems)
            {
                throw new InvalidOperationException($"case {reference}: a chart holds at most {CaseChart.MaxItems} entities");
            }

            var version = l.Next(CaseKinds.ChartEntity, entity.Id);
            return ([Record(l.Reference, CaseKinds.ChartEntity, entity.Id, version, entity.AddedAt, entity.AddedBy, CaseCodec.ChartEntity(entity))], null, version);
        });
    }

    /// <summary>
    /// Draws a link on the chart, or writes a new version of one. An end that is an entity added by hand
    /// (<c>entity:ID</c>) must be on the chart; an end in the generated graph is checked by the caller, which reads it.
    /// </summary>
    /// <returns>The version written.</returns>
    public int PutChartLink(string reference, ChartLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return Change<int>(reference, l =>
        {
            Writable(l);
            foreach (var end in new[] { link.From, link.To })
            {
                if (end.StartsWith(ChartText.EntityPrefix, StringComparison.Ordinal) && !l.Has(CaseKinds.ChartEntity, end[ChartText.EntityPrefix.Length..]))
                {
                    throw new InvalidOperationException($"case {reference}: link {link.Id} ends at {end}, which is not on the chart");
                }
            }

            var isNew = !l.Has(CaseKinds.ChartLink, link.Id);
            if (isNew && Store.Current(reference, CaseKinds.ChartLink).Count >= CaseChart.MaxItems)
            {
                throw new InvalidOperationException($"case {reference}: a chart holds at most {CaseChart.MaxItems} links");
            }

            var version = l.Next(CaseKinds.ChartLink, link.Id);
            return ([Record(l.Reference, CaseKinds.ChartLink, link.Id, version, link.AddedAt, link.AddedBy, CaseCodec.ChartLink(link))], null, version);
        });
    }

    /// <summary>
    /// Changes the chart's view (pin, hide, annotate, base network) on the view as stored, as a new version; a change
    /// that lost a race is applied again to the winner's view, so two analysts pinning at once both keep their pins.
    /// </summary>
    /// <returns>The version written (the current one when nothing changed).</returns>
    public int ChangeChartView(string reference, Func<ChartView, ChartView> change, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Change<int>(reference, l =>
        {
            Writable(l);
            var current = ReadChart(reference).View;
            var changed = change(current);
            if (changed.BaseNetwork is { } network && !l.Case.Attachments.Any(a => a.Kind == AttachmentKind.NetworkLead && string.Equals(a.Id, network, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"case {reference}: network {network} is not attached to the case");
            }

            var payload = CaseCodec.ChartView(changed);
            if (string.Equals(payload, CaseCodec.ChartView(current), StringComparison.Ordinal))
            {
                return ([], null, l.Next(CaseKinds.ChartView, ChartViewId) - 1);
            }

            var version = l.Next(CaseKinds.ChartView, ChartViewId);
            return ([Record(l.Reference, CaseKinds.ChartView, ChartViewId, version, at, by, payload)], null, version);
        });
    }

    /// <summary>
    /// The names held in the case's victim records, each with her pseudonym, for exports to replace wherever an analyst
    /// may have typed one (a label, a source, a note). Never shown to anyone: exports carry pseudonyms only.
    /// </summary>
    public IReadOnlyList<(string Pseudonym, string Name)> VictimNamesToWithhold(string reference) =>
        [.. Store.Current(reference, CaseKinds.Victim).Select(CaseCodec.Victim).Where(v => !string.IsNullOrWhiteSpace(v.Name)).Select(v => (v.Pseudonym.Value, v.Name!))];

    private CaseChart ReadChart(string reference) => new(
        reference,
        [.. Store.Current(reference, CaseKinds.ChartEntity).Select(CaseCodec.ChartEntity)],
        [.. Store.Current(reference, CaseKinds.ChartLink).Select(CaseCodec.ChartLink)],
        Store.Current(reference, CaseKinds.ChartView).Select(CaseCodec.ChartView).FirstOrDefault() ?? ChartView.Empty);
}
