using Threadline.Cases.Grading;
using Threadline.Cases.Model;
using Threadline.Cases.Victims;

namespace Threadline.Cases.Tests;

/// <summary>Small builders shared by the case tests (each test still makes its own objects).</summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset Opened = new(2023, 1, 10, 9, 0, 0, TimeSpan.FromHours(1));

    public static Marking B2H0 => Marking.Parse("B2 H0");

    public static Magistrate Prosecutor => new(MagistrateRole.Prosecutor, "Federal prosecutor (synthetic)", "Federal Prosecutor's Office");

    public static InvestigationCase Case(string lead = "lead.anna") =>
        InvestigationCase.Open("FP-2023-0001", "Trafficking in human beings, Criminal Code Art. 433quinquies", Prosecutor, lead, Opened);

    public static VictimPseudonym Pseudonym(byte seed = 1) => VictimPseudonym.FromRandom([seed, 2, 3, 4, 5]);
}
