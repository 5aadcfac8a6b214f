using Threadline.Cases.Model;
using Threadline.Cases.Warrants;

namespace Threadline.Cases.Store;

public sealed partial class CaseFiles
{
    /// <summary>Gives a user a role in the case (a second lead is refused: the lead is handed over).</summary>
    public void AddMember(string reference, CaseMember member, string by, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            var changed = l.Case.AddMember(member);
            return ReferenceEquals(changed, l.Case)
                ? ([], null, 0)
                : ([Record(l.Reference, CaseKinds.Members, CaseKinds.Members, l.Next(CaseKinds.Members, CaseKinds.Members), at, by, CaseCodec.Members(changed.Members))], null, 0);
        });

    /// <summary>Moves the case to another status (the moves <see cref="InvestigationCase.ChangeStatus"/> allows); the versions are the status history.</summary>
    public void ChangeStatus(string reference, CaseStatus to, string by, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            var changed = l.Case.ChangeStatus(to);
            return ([Record(l.Reference, CaseKinds.Status, CaseKinds.Status, l.Next(CaseKinds.Status, CaseKinds.Status), at, by, CaseCodec.Status(changed.Status))], to, 0);
        });

    /// <summary>Attaches a workspace entity (once per kind and id).</summary>
    public void Attach(string reference, AttachedEntity entity) =>
        Change<int>(reference, l =>
        {
            _ = l.Case.Attach(entity);
            return ([Record(l.Reference, CaseKinds.Attachment, CaseCodec.AttachmentId(entity.Kind, entity.Id), 1, entity.AttachedAt, entity.AttachedBy, CaseCodec.Attachment(entity))], null, 0);
        });

    /// <summary>Adds a person (ids unique in the case; the LED Art. 6 category is required by <see cref="CasePerson"/>).</summary>
    public void AddPerson(string reference, CasePerson person, string by, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            _ = l.Case.AddPerson(person);
            return ([Record(l.Reference, CaseKinds.Person, person.Id, 1, at, by, CaseCodec.Person(person))], null, 0);
        });

    /// <summary>Adds a note, hypothesis or task, or writes a new version of one (the earlier text stays in its history).</summary>
    /// <returns>The version written.</returns>
    public int PutEntry(string reference, CaseEntry entry, string by, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            _ = l.Case.Put(entry);
            var version = l.Next(CaseKinds.Entry, entry.Id);
            return ([Record(l.Reference, CaseKinds.Entry, entry.Id, version, at, by, CaseCodec.Entry(entry))], null, version);
        });

    /// <summary>Records a European Arrest Warrant, or a new version of one (consent, decision, surrender).</summary>
    /// <returns>The version written.</returns>
    public int PutWarrant(string reference, ArrestWarrant warrant) =>
        Change<int>(reference, l =>
        {
            Writable(l);
            if (warrant.PersonId is { } person && !l.Case.Persons.Any(p => string.Equals(p.Id, person, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"case {reference}: warrant {warrant.Id} names person {person}, who is not in the case");
            }

            var version = l.Next(CaseKinds.Warrant, warrant.Id);
            return ([Record(l.Reference, CaseKinds.Warrant, warrant.Id, version, warrant.RecordedAt, warrant.RecordedBy, CaseCodec.Warrant(warrant))], null, version);
        });

    /// <summary>Records an information request, or a new version of one (answered).</summary>
    /// <returns>The version written.</returns>
    public int PutRequest(string reference, CaseInformationRequest request, DateTimeOffset at) =>
        Change<int>(reference, l =>
        {
            Writable(l);
            var version = l.Next(CaseKinds.Request, request.Id);
            return ([Record(l.Reference, CaseKinds.Request, request.Id, version, at, request.RecordedBy, CaseCodec.Request(request))], null, version);
        });

    private static void Writable(Loaded l)
    {
        if (l.Case.Status == CaseStatus.Closed)
        {
            throw new InvalidOperationException($"case {l.Reference} is closed; reopen it first");
        }
    }
}
