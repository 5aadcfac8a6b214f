using System.CommandLine;
using System.Globalization;
using Threadline.Cases.Victims;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli.Commands.Cases;

/// <summary>
/// <c>case victim add|show|refer REF …</c>: victim records under need-to-know (victim support and the case lead only;
/// anyone else is told "not found", exactly as for a record that does not exist). Every victim command needs
/// <c>--reason</c>, which goes into the audit trail.
/// </summary>
internal static class CaseVictimCommands
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("victim", "Victim records (need-to-know: victim support and the case lead); every command needs --reason");
        command.Subcommands.Add(Add(options, environment));
        command.Subcommands.Add(Show(options, environment));
        command.Subcommands.Add(Refer(options, environment));
        return command;
    }

    private static Command Add(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var name = new Option<string?>("--name") { Description = "Her name (kept in the record only; the case shows the pseudonym)" };
        var nationality = new Option<string?>("--nationality") { Description = "Nationality" };
        var languages = new Option<string[]>("--language") { Description = "A language she speaks (repeat)" };
        var indicators = new Option<string[]>("--indicator") { Description = "A first-contact indicator id observed (repeat)" };
        var interpreter = new Option<string?>("--interpreter") { Description = "Language an interpreter is needed for" };
        var centre = new Option<string?>("--referred-to") { Description = "The specialised centre she was referred to (its name; never an address)" };
        var on = new Option<string?>("--on") { Description = "Day of the referral (starts the reflection period)" };
        var country = new Option<string?>("--country") { Description = "Country whose reflection rules apply (default BE)" };
        var marking = CaseCli.MarkingOption("A1 H2");
        var command = new Command("add", "Add a victim record; the case gets her pseudonymous id only");
        CaseCli.Add(command, reference, name, nationality, languages, indicators, interpreter, centre, on, country, marking);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            RequireReason(parse, options);
            var r = parse.GetValue(reference)!;
            var pseudonym = CaseWriteCommands.NewPseudonym();
            var record = new VictimRecord(pseudonym, r, parse.GetValue(name), parse.GetValue(nationality), Bounded(parse.GetValue(languages), "--language"))
                .WithIndicators(Bounded(parse.GetValue(indicators), "--indicator"))
                .WithInterpreter(parse.GetValue(interpreter));
            var referral = ReferralOf(parse.GetValue(centre), parse.GetValue(on));
            var mark = CaseCli.Marking(parse.GetValue(marking)!, null);
            using var session = CaseCli.Open(context, write: true, r);
            if (referral is not null)
            {
                record = record.Refer(referral, session.Files.Rules, parse.GetValue(country));
            }

            session.Files.AddVictim(r, record, mark, session.Actor, DateTimeOffset.UtcNow);
            Print(context, record);
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Command Refer(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var pseudonym = new Argument<string>("pseudonym") { Description = "The victim's pseudonym (V-XXXXXXXX)" };
        var centre = new Option<string>("--to") { Description = "The specialised centre (its name; never an address)", Required = true };
        var on = new Option<string>("--on") { Description = "Day of the referral", Required = true };
        var country = new Option<string?>("--country") { Description = "Country whose reflection rules apply (default BE)" };
        var command = new Command("refer", "Refer a victim to a specialised centre: starts the reflection period");
        CaseCli.Add(command, reference, pseudonym, centre, on, country);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            RequireReason(parse, options);
            var r = parse.GetValue(reference)!;
            var p = VictimPseudonym.Parse(parse.GetValue(pseudonym)!);
            var referral = ReferralOf(parse.GetValue(centre), parse.GetValue(on))!;
            using var session = CaseCli.Open(context, write: true, r);
            var record = session.Files.UpdateVictim(r, p, session.Actor, v => v.Refer(referral, session.Files.Rules, parse.GetValue(country)), DateTimeOffset.UtcNow);
            Print(context, record);
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Command Show(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var pseudonym = new Argument<string?>("pseudonym") { Description = "The victim's pseudonym (default: list the records you may open)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("show", "Show a victim record you may open (or list them)");
        CaseCli.Add(command, reference, pseudonym);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            RequireReason(parse, options);
            var r = parse.GetValue(reference)!;
            using var session = CaseCli.Open(context, write: false, r);
            if (parse.GetValue(pseudonym) is not { } text)
            {
                foreach (var v in session.Files.Victims(r, session.Actor))
                {
                    Print(context, v);
                }

                return ExitCodes.Ok;
            }

            // One answer for "no such record" and "not yours to open", so a refusal reveals nothing.
            VictimPseudonym p;
            try
            {
                p = VictimPseudonym.Parse(text);
            }
            catch (FormatException)
            {
                throw NotFound(text);
            }

            Print(context, session.Files.Victim(r, p, session.Actor) ?? throw NotFound(text));
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static CliException NotFound(string text) => new($"victim record '{Terminal.Clean(text.Length > 20 ? text[..20] : text)}' not found");

    private static void RequireReason(ParseResult parse, GlobalOptions options)
    {
        if (string.IsNullOrWhiteSpace(parse.GetValue(options.Reason)))
        {
            throw new CliException("victim records need --reason \"why\" (it goes into the audit trail)", ExitCodes.Usage);
        }
    }

    private static Referral? ReferralOf(string? centre, string? on) =>
        (centre, on) switch
        {
            (null, null) => null,
            (not null, not null) => new Referral(centre, CaseCli.Day(on, "--on")),
            _ => throw new CliException("a referral needs both the centre and --on DATE", ExitCodes.Usage),
        };

    private static string[] Bounded(string[]? values, string option) =>
        values is { Length: > 100 } ? throw new CliException($"{option}: at most 100 values", ExitCodes.Usage) : values ?? [];

    private static void Print(CommandContext context, VictimRecord v)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new
            {
                pseudonym = v.Pseudonym.Value,
                reference = v.CaseReference,
                name = v.Name,
                nationality = v.Nationality,
                languages = v.Languages,
                indicators = v.Indicators,
                referral = v.Referral is { } f ? new { centre = f.Centre, on = f.On } : null,
                reflection = v.Reflection,
                residenceSteps = v.ResidenceSteps,
                rights = v.Rights,
                consents = v.Consents,
                interpreter = v.InterpreterLanguage,
            });
            return;
        }

        context.Out.WriteLine($"victim {v.Pseudonym.Value} (case {v.CaseReference}){(v.Name is null ? string.Empty : ": " + Terminal.Clean(v.Name))}");
        if (v.Referral is { } referral)
        {
            context.Out.WriteLine("  " + Terminal.Clean(referral.ToString()));
        }

        if (v.Reflection is { } period)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  reflection period ({period.Country}) {period.Start:yyyy-MM-dd} to {period.LastDay:yyyy-MM-dd} [{Terminal.Clean(period.LegalBasis)}]"));
        }

        if (v.InterpreterLanguage is { } language)
        {
            context.Out.WriteLine($"  interpreter: {Terminal.Clean(language)}");
        }

        if (!v.Indicators.IsEmpty)
        {
            context.Out.WriteLine($"  indicators: {string.Join(", ", v.Indicators)}");
        }
    }
}
