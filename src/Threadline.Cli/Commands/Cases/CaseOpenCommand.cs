using System.CommandLine;
using Threadline.Application.Cases;
using Threadline.Cases.Model;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary><c>threadline case open --from-network ID --reference REF …</c>: a case from a network lead, its evidence as of now.</summary>
internal static class CaseOpenCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var network = new Option<string>("--from-network") { Description = "The network lead's id (threadline networks)", Required = true };
        var reference = new Option<string>("--reference") { Description = "The case reference: ASCII letters, digits and - _ . / : (at most 64)", Required = true };
        var title = new Option<string>("--title") { Description = "A short title", Required = true };
        var legalBasis = new Option<string>("--legal-basis") { Description = "The legal basis in words (offence, articles, the decision that opened the case)", Required = true };
        var magistrate = new Option<string>("--magistrate") { Description = "The prosecutor's or investigating judge's name", Required = true };
        var office = new Option<string>("--office") { Description = "Their office or court", Required = true };
        var role = new Option<string>("--magistrate-role") { Description = "prosecutor or investigating-judge (default prosecutor)", DefaultValueFactory = _ => "prosecutor" };
        var marking = CaseCli.MarkingOption("X3 H0");
        var conditions = CaseCli.ConditionsOption();
        var command = new Command("open", "Open a case from a network lead: the lead is attached with a snapshot of its members and scores");
        CaseCli.Add(command, network, reference, title, legalBasis, magistrate, office, role, marking, conditions);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var m = new Magistrate(CaseCli.Enum<MagistrateRole>(parse.GetValue(role)!, "--magistrate-role"), CaseCli.Bounded(parse.GetValue(magistrate), "--magistrate")!, CaseCli.Bounded(parse.GetValue(office), "--office")!);
            var mark = CaseCli.Marking(parse.GetValue(marking)!, parse.GetValue(conditions));
            var caseReference = parse.GetValue(reference)!;
            using var session = CaseCli.Open(context, write: true, caseReference);
            var request = new OpenCaseRequest(parse.GetValue(network)!, caseReference, CaseCli.Bounded(parse.GetValue(title), "--title")!, CaseCli.Bounded(parse.GetValue(legalBasis), "--legal-basis")!, m, session.Actor, mark, DateTimeOffset.UtcNow);
            var file = CaseJobs.OpenFromNetwork(session.Workspace, session.Files, request);
            var snapshot = file.Case.Attachments[0].Snapshot!;
            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { reference = file.Reference, network = snapshot.NetworkId, score = snapshot.Score, members = snapshot.Members.Count, lead = file.Case.LeadUserId });
                return ExitCodes.Ok;
            }

            context.Out.WriteLine(FormattableString.Invariant($"opened case {file.Reference} from network {snapshot.NetworkId} (score {snapshot.Score:0.0}, {snapshot.Members.Count} members as of {snapshot.TakenAt:yyyy-MM-dd}); lead: {file.Case.LeadUserId}"));
            return ExitCodes.Ok;
        })));
        return command;
    }
}
