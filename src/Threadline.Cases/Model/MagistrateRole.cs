namespace Threadline.Cases.Model;

/// <summary>Who directs the case: a prosecutor (information) or an investigating judge (judicial investigation).</summary>
public enum MagistrateRole
{
    Prosecutor,
    InvestigatingJudge,
}
