namespace Threadline.Cases.Store;

/// <summary>The kinds of <see cref="CaseRecord"/> a case file is made of.</summary>
public static class CaseKinds
{
    /// <summary>The members and their case roles (one record, id "members", a new version at every change).</summary>
    public const string Members = "members";

    /// <summary>The case's status (one record, id "status": its versions are the status history).</summary>
    public const string Status = "status";

    /// <summary>An attached workspace entity (id "Kind/entity id"); a network lead carries its snapshot.</summary>
    public const string Attachment = "attachment";

    /// <summary>A person with the LED Art. 6 category (id: the person id).</summary>
    public const string Person = "person";

    /// <summary>A note, hypothesis or task (id: the entry id; an edit is a new version, earlier text stays).</summary>
    public const string Entry = "entry";

    /// <summary>A European Arrest Warrant (id: the warrant id).</summary>
    public const string Warrant = "warrant";

    /// <summary>An information request (id: the request id).</summary>
    public const string Request = "request";

    /// <summary>An action day (id: the day id); its H-hour is set in version 2, once.</summary>
    public const string ActionDay = "actionday";

    /// <summary>A target of an action day (id "day/target").</summary>
    public const string Target = "target";

    /// <summary>A team of an action day (id "day/team").</summary>
    public const string Team = "team";

    /// <summary>
    /// A team's report (id "day/team/NNNNNN", the team's report number): reports are rows of their own, so two teams
    /// reporting at once write two different rows and neither is lost; two reports of one team at once race for the
    /// same number, and the loser re-reads and re-checks.
    /// </summary>
    public const string Report = "report";

    /// <summary>
    /// A victim record (id: the pseudonym). Kept apart from the rest of the case (engines hold it in its own table and
    /// never return it from a case-wide read); only <see cref="Victims.VictimRecordAccess"/> opens it.
    /// </summary>
    public const string Victim = "victim";

    /// <summary>
    /// A Joint Investigation Team the case works in (id: the JIT id): its agreement, period and planned milestones; an
    /// extension or a new milestone is a new version. Its limits come from <see cref="Deadlines.JointInvestigationTeam"/>.
    /// </summary>
    public const string Jit = "jit";

    /// <summary>An entity added to the case's link chart by hand (id: the entity id; an edit is a new version).</summary>
    public const string ChartEntity = "chart-entity";

    /// <summary>A link drawn on the case's link chart by hand (id: the link id; an edit is a new version).</summary>
    public const string ChartLink = "chart-link";

    /// <summary>The link chart's view: base network, pinned positions, hidden nodes, annotations (one record, id "view").</summary>
    public const string ChartView = "chart-view";

    /// <summary>The candidate persons gathered from the case's sources (one record, id "personrecords", a new version per gathering).</summary>
    public const string PersonRecords = "personrecords";

    /// <summary>A proposed person match with its evidence (id: the match id "m-…"); an analyst's decision is a new version.</summary>
    public const string Match = "match";

    /// <summary>The source records a case person was confirmed from (id: the person id; a merge is a new version).</summary>
    public const string PersonSources = "personsources";
}
