using System.Collections.Immutable;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Model;
using Threadline.Cases.Store;
using Threadline.Cases.Warrants;

namespace Threadline.Web.Cases;

/// <summary>
/// The writes of the case page and of <c>/api/cases/{ref}/…</c>: one input type per change, bound from a form or a JSON
/// body alike (fields in snake_case in JSON), parsed with <see cref="Field"/> (a bad value names its field) and applied
/// through <see cref="CaseWork.Write"/> (membership, audit, then the store; the domain types check the rest).
/// </summary>
public interface ICaseInput
{
    /// <summary>Checks the input, writes it and says what was written.</summary>
    string Apply(CaseWork work);
}

/// <summary>Moves the case to open, suspended or closed.</summary>
public sealed class StatusInput : ICaseInput
{
    public string? Status { get; set; }

    public string Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var to = Field.Enum<CaseStatus>(Status, "status");
        work.Write("status " + Field.Dashed(to.ToString())).ChangeStatus(work.Reference, to, work.UserId, work.Now);
        return "status is " + Field.Dashed(to.ToString());
    }
}

/// <summary>Gives a user a role in the case file: only the case lead adds members.</summary>
public sealed class MemberInput : ICaseInput
{
    public string? User { get; set; }

    public string? Role { get; set; }

    public string Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var role = Field.Enum<CaseRole>(Role, "role");
        if (role == CaseRole.Lead)
        {
            throw new ArgumentException("role: the case has one lead (hand it over with the CLI)", "role");
        }

        var member = new CaseMember(Field.Required(User, "user", 64), role);
        if (!work.IsLead)
        {
            throw new CaseWriteRefusedException($"only the lead of case {work.Reference} adds members");
        }

        work.Write("member " + member.UserId + " as " + Field.Dashed(role.ToString())).AddMember(work.Reference, member, work.UserId, work.Now);
        return member.UserId + " is " + Field.Dashed(role.ToString());
    }
}

/// <summary>Attaches a workspace entity by its stable id (a network lead is attached by opening a case from it).</summary>
public sealed class AttachInput : ICaseInput
{
    public string? Kind { get; set; }

    public string? Id { get; set; }

    public string? Marking { get; set; }

    public string? Conditions { get; set; }

    public string Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var kind = Field.Enum<AttachmentKind>(Kind, "kind");
        if (kind == AttachmentKind.NetworkLead)
        {
            throw new ArgumentException("kind: a network lead is attached with its snapshot by opening a case from it", "kind");
        }

        var id = Field.Required(Id, "id", 200);
        var schema = kind switch
        {
            AttachmentKind.Persona => "Persona",
            AttachmentKind.Advertisement => "Advertisement",
            _ => null,
        };
        if (schema is not null && work.Workspace.GetEntity(id)?.Schema != schema)
        {
            throw new ArgumentException($"id: no {Field.Dashed(kind.ToString())} '{id}' in this workspace", "id");
        }

        var attached = new AttachedEntity(kind, id, work.Now, work.UserId, Field.Marking(Marking, Conditions, "B2 H0"));
        work.Write("attach " + Field.Dashed(kind.ToString()) + " " + attached.Id).Attach(work.Reference, attached);
        return Field.Dashed(kind.ToString()) + " " + attached.Id + " attached";
    }
}

/// <summary>A person with the LED (EU) 2016/680 Art. 6 category (victims are added as victim records, by pseudonym).</summary>
public sealed class PersonInput : ICaseInput
{
    public string? Id { get; set; }

    public string? Category { get; set; }

    public string? Name { get; set; }

    public string? Marking { get; set; }

    public string? Conditions { get; set; }

    public string Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        DataSubjectCategory category;
        try
        {
            category = DataSubjectCategories.Parse(Category);
        }
        catch (FormatException e)
        {
            throw new ArgumentException("category: " + e.Message, "category", e);
        }

        if (category == DataSubjectCategory.Victim)
        {
            throw new ArgumentException("category: a victim is added as a victim record (victim support or the case lead), never by name in the case", "category");
        }

        var person = new CasePerson(Field.Required(Id, "id", 64), category, Field.Optional(Name, "name", 200), null, Field.Marking(Marking, Conditions, "B2 H0"));
        work.Write("person " + person.Id + " (" + category + ")").AddPerson(work.Reference, person, work.UserId, work.Now);
        return "person " + person.Id + " added";
    }
}

/// <summary>A note, hypothesis or task (an existing id writes a new version; its marking stays unless given).</summary>
public sealed class EntryInput : ICaseInput
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Text { get; set; }

    public string? State { get; set; }

    public string? Assignee { get; set; }

    public string? Due { get; set; }

    public string? Done { get; set; }

    public string? Marking { get; set; }

    public string? Conditions { get; set; }

    public string Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var id = Field.Required(Id, "id", 64);
        var body = Field.Required(Text, "text", Field.MaxText);
        var kind = Field.Optional(Kind, "kind", 20)?.ToLowerInvariant() ?? "note";
        var due = Field.OptionalInstant(Due, "due");
        var done = Field.OptionalInstant(Done, "done");
        var existing = work.File.Case.Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
        var mark = existing is not null && string.IsNullOrWhiteSpace(Marking) ? existing.Marking : Field.Marking(Marking, Conditions, "B2 H0");
        var author = existing?.Author ?? work.UserId;
        var created = existing?.CreatedAt ?? work.Now;
        CaseEntry entry = kind switch
        {
            "note" => new Note(id, body, author, created, mark),
            "hypothesis" => new Hypothesis(id, body, author, created, mark, State is null or "" ? HypothesisState.Open : Field.Enum<HypothesisState>(State, "state")),
            "task" => done is { } d
                ? new CaseTask(id, body, author, created, mark, Field.Optional(Assignee, "assignee", 64), due).Complete(d)
                : new CaseTask(id, body, author, created, mark, Field.Optional(Assignee, "assignee", 64), due),
            _ => throw new ArgumentException("kind: note, hypothesis or task", "kind"),
        };
        var version = work.Write(kind + " " + id).PutEntry(work.Reference, entry, work.UserId, work.Now);
        return $"{kind} {id} version {version} [{entry.Marking.Label}]";
    }
}

/// <summary>A European Arrest Warrant issued or received (an existing id writes a new version: arrest, consent, decision, surrender).</summary>
public sealed class WarrantInput : ICaseInput
{
    public string? Id { get; set; }

    public string? Direction { get; set; }

    public string? Issued { get; set; }

    public string? State { get; set; }

    public string? Person { get; set; }

    public string? Arrest { get; set; }

    public string? Consent { get; set; }

    public bool Extended { get; set; }

    public string? Decision { get; set; }

    public string? NewDate { get; set; }

    public string? Surrendered { get; set; }

    public string? Zone { get; set; }

    public string? Marking { get; set; }

    public string? Conditions { get; set; }

    public string Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var arrested = Field.OptionalDay(Arrest, "arrest");
        var consent = Field.OptionalDay(Consent, "consent");
        var decision = Field.OptionalDay(Decision, "decision");
        var newDate = Field.OptionalDay(NewDate, "new_date");
        var surrendered = Field.OptionalDay(Surrendered, "surrendered");
        if (arrested is null && (consent ?? decision ?? surrendered ?? newDate) is not null)
        {
            throw new ArgumentException("arrest: consent, decision and surrender need the day of arrest", "arrest");
        }

        var zone = Field.Zone(Zone);
        var facts = arrested is { } a ? new ArrestWarrantFacts(zone, a, consent, Extended, decision, newDate) : null;
        var direction = Direction is null or "" ? WarrantDirection.Issued : Field.Enum<WarrantDirection>(Direction, "direction");
        var warrant = new ArrestWarrant(Field.Required(Id, "id", 64), direction, Field.Day(Issued, "issued"), Field.Required(State, "state", 2), Field.Optional(Person, "person", 64), facts, surrendered, work.UserId, work.Now, Field.Marking(Marking, Conditions, "A1 H0"));
        _ = warrant.Deadlines();
        var version = work.Write("EAW " + warrant.Id).PutWarrant(work.Reference, warrant);
        return $"EAW {warrant.Id} version {version}";
    }
}

/// <summary>An information request between police services (Directive 2023/977); an existing id writes a new version (answered).</summary>
public sealed class RequestInput : ICaseInput
{
    public string? Id { get; set; }

    public string? Direction { get; set; }

    public string? Received { get; set; }

    public string? Counterpart { get; set; }

    public string? Subject { get; set; }

    public bool Urgent { get; set; }

    public bool Direct { get; set; }

    public bool Judicial { get; set; }

    public string? Answered { get; set; }

    public string? Zone { get; set; }

    public string? Marking { get; set; }

    public string? Conditions { get; set; }

    public string Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var request = new InformationRequest(Field.Required(Id, "id", 64), Field.Instant(Received, "received"), Field.Zone(Zone), Urgent, Direct, Judicial);
        var direction = Direction is null or "" ? RequestDirection.Received : Field.Enum<RequestDirection>(Direction, "direction");
        var held = new CaseInformationRequest(request, direction, Field.Required(Counterpart, "counterpart", 200), Field.Required(Subject, "subject", 2000), Field.OptionalInstant(Answered, "answered"), work.UserId, Field.Marking(Marking, Conditions, "B2 H0"));
        _ = held.Deadline();
        var version = work.Write("request " + held.Id).PutRequest(work.Reference, held, work.Now);
        return $"request {held.Id} version {version}";
    }
}

/// <summary>A Joint Investigation Team: its period, extension notice and milestones (one per line, "yyyy-MM-dd label").</summary>
public sealed class JitInput : ICaseInput
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Signed { get; set; }

    public string? Ends { get; set; }

    public int? NoticeDays { get; set; }

    public string? Milestones { get; set; }

    public string? Zone { get; set; }

    public string? Marking { get; set; }

    public string? Conditions { get; set; }

    public string Apply(CaseWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var lines = (Field.Optional(Milestones, "milestones", Field.MaxText) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > 1000)
        {
            throw new ArgumentException("milestones: at most 1000", "milestones");
        }

        var planned = lines.Select(l =>
        {
            var space = l.IndexOf(' ', StringComparison.Ordinal);
            return space <= 0
                ? throw new ArgumentException($"milestones: '{(l.Length > 40 ? l[..40] : l)}' is not \"yyyy-MM-dd label\"", "milestones")
                : (Field.Required(l[(space + 1)..], "milestones", 200), Field.Day(l[..space], "milestones"));
        }).ToImmutableArray();
        var notice = NoticeDays ?? 60;
        if (notice is < 0 or > 365)
        {
            throw new ArgumentException("notice_days: 0 to 365", "notice_days");
        }

        var zone = Field.Zone(Zone);
        var team = new JointInvestigationTeam(Field.Required(Name, "name", 200), zone, Field.Day(Signed, "signed"), Field.Day(Ends, "ends"), notice, planned);
        var jit = new CaseJit(Field.Required(Id, "id", 64), team, work.UserId, work.Now, Field.Marking(Marking, Conditions, "A1 H0"));
        var version = work.Write("JIT " + jit.Id).PutJit(work.Reference, jit);
        return $"JIT {jit.Id} version {version}";
    }
}
