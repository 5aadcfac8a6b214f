using System.Collections.Immutable;

namespace Threadline.Cases.ActionDays;

/// <summary>Who is in a team: lead, members, and the specialists a trafficking search needs.</summary>
public sealed record TeamRoster
{
    public TeamRoster(string lead, IEnumerable<string> members, string? interpreter, string? victimSupportContact, string? financialInvestigator)
    {
        Lead = Model.Text.Id(lead, "team lead");
        Members = (members ?? []).Select(m => Model.Text.Id(m, "team member")).Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (Members.Length > 200)
        {
            throw new ArgumentException("a team has at most 200 members", nameof(members));
        }

        Interpreter = interpreter is null ? null : Model.Text.Id(interpreter, "interpreter");
        VictimSupportContact = victimSupportContact is null ? null : Model.Text.Id(victimSupportContact, "victim-support contact");
        FinancialInvestigator = financialInvestigator is null ? null : Model.Text.Id(financialInvestigator, "financial investigator");
    }

    public string Lead { get; }

    public ImmutableArray<string> Members { get; }

    public string? Interpreter { get; }

    public string? VictimSupportContact { get; }

    public string? FinancialInvestigator { get; }
}
