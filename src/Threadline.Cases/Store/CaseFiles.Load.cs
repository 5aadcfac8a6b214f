using System.Collections.Immutable;
using Threadline.Cases.ActionDays;
using Threadline.Cases.Model;

namespace Threadline.Cases.Store;

public sealed partial class CaseFiles
{
    /// <summary>Builds the case from its current records through the domain types (each one re-checks what it holds).</summary>
    private Loaded? Load(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (Store.FindCase(reference) is not { } header)
        {
            return null;
        }

        var records = Store.Current(reference);
        var versions = records.ToDictionary(r => (r.Kind, r.Id), r => r.Version);
        var of = records.ToLookup(r => r.Kind, StringComparer.Ordinal);
        var members = of[CaseKinds.Members].Select(CaseCodec.Members).FirstOrDefault()
            ?? throw new InvalidDataException($"case {reference}: no members stored");
        var lead = members.FirstOrDefault(m => m.Role == CaseRole.Lead)
            ?? throw new InvalidDataException($"case {reference}: no lead stored");
        var investigation = InvestigationCase.Open(header.Reference, header.LegalBasis, header.Magistrate, lead.UserId, header.OpenedAt);
        foreach (var member in members.Where(m => m.Role != CaseRole.Lead))
        {
            investigation = investigation.AddMember(member);
        }

        foreach (var attachment in of[CaseKinds.Attachment].Select(CaseCodec.Attachment).OrderBy(a => a.AttachedAt))
        {
            investigation = investigation.Attach(attachment);
        }

        foreach (var person in of[CaseKinds.Person].Select(CaseCodec.Person))
        {
            investigation = investigation.AddPerson(person);
        }

        foreach (var entry in of[CaseKinds.Entry].Select(CaseCodec.Entry).OrderBy(e => e.CreatedAt))
        {
            investigation = investigation.Put(entry);
        }

        var status = of[CaseKinds.Status].Select(CaseCodec.Status).FirstOrDefault();
        if (status != CaseStatus.Open)
        {
            investigation = investigation.ChangeStatus(status);
        }

        var days = of[CaseKinds.ActionDay].Select(r => BuildDay(CaseCodec.ActionDay(r), of)).ToImmutableArray();
        var file = new CaseFile(
            header,
            investigation,
            [.. of[CaseKinds.Warrant].Select(CaseCodec.Warrant)],
            [.. of[CaseKinds.Request].Select(CaseCodec.Request)],
            days);
        return new Loaded(file, versions);
    }

    private static ActionDay BuildDay(ActionDay day, ILookup<string, CaseRecord> of)
    {
        var prefix = day.Id + "/";
        foreach (var target in of[CaseKinds.Target].Where(r => r.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(CaseCodec.Target))
        {
            day = day.AddTarget(target);
        }

        foreach (var team in of[CaseKinds.Team].Where(r => r.Id.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(r => r.At).Select(CaseCodec.Team))
        {
            day = day.AddTeam(team);
        }

        // Report ids are day/team/number with a zero-padded number: ordinal order is each team's report order.
        foreach (var record in of[CaseKinds.Report].Where(r => r.Id.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var teamId = record.Id[prefix.Length..record.Id.LastIndexOf('/')];
            day = day.Report(teamId, CaseCodec.Report(record));
        }

        return day;
    }

    /// <summary>A case as loaded, with the current version of each of its records.</summary>
    private sealed record Loaded(CaseFile File, Dictionary<(string Kind, string Id), int> Versions)
    {
        public InvestigationCase Case => File.Case;

        public string Reference => File.Reference;

        /// <summary>The version the next write of (kind, id) takes.</summary>
        public int Next(string kind, string id) => Versions.GetValueOrDefault((kind, id)) + 1;

        public bool Has(string kind, string id) => Versions.ContainsKey((kind, id));
    }
}
