using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Simulation;
using Threadline.Simulation.Styles;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline simulate</c>: a seeded synthetic ad market with networks, bookings, money and ground truth.</summary>
internal static class SimulateCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var seed = new Option<long>("--seed") { Description = "Random seed: same seed and options give byte-identical files", DefaultValueFactory = _ => 1 };
        var ads = new Option<int>("--ads") { Description = "Number of ads to generate", DefaultValueFactory = _ => 20_000 };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (required)" };
        var images = new Option<bool>("--images") { Description = "Also generate photos per persona, reused with realistic alterations" };
        var start = new Option<string?>("--start") { Description = "First day (yyyy-MM-dd, default 2026-01-05)" };
        var days = new Option<int>("--days") { Description = "Days simulated", DefaultValueFactory = _ => 120 };
        var profile = new Option<string?>("--profile") { Description = "JSON file overriding actor profiles (see docs/simulator.md; `--print-profiles` shows the defaults)" };
        var printProfiles = new Option<bool>("--print-profiles") { Description = "Print the default profiles as JSON and exit" };
        var style = StyleOption();
        var command = new Command("simulate", "Generate a synthetic ad market with trafficking networks, bookings and money, with ground truth");
        foreach (var option in new Option[] { seed, ads, output, images, start, days, profile, printProfiles, style })
        {
            command.Options.Add(option);
        }

        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            if (parse.GetValue(printProfiles))
            {
                context.Out.WriteLine(Simulator.DefaultProfileJson());
                return ExitCodes.Ok;
            }

            var outDir = parse.GetValue(output) ?? throw new CliException("--out DIR is required", ExitCodes.Usage);
            if (File.Exists(context.ResolvePath(outDir)))
            {
                throw new CliException($"--out: '{context.ResolvePath(outDir)}' is a file, not a folder", ExitCodes.Usage);
            }

            var startText = parse.GetValue(start);
            var startDay = new DateOnly(2026, 1, 5);
            if (startText is not null && !DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out startDay))
            {
                throw new CliException($"--start must be a date like 2026-01-05, not '{startText}'", ExitCodes.Usage);
            }

            var simulation = new SimulationOptions
            {
                Seed = parse.GetValue(seed),
                Ads = parse.GetValue(ads),
                Images = parse.GetValue(images),
                Start = startDay,
                Days = parse.GetValue(days),
                ProfilePath = parse.GetValue(profile) is { } p ? context.ResolvePath(p) : null,
                Styles = Styles(parse.GetValue(style)),
            };
            CheckOptions(simulation);
            var summary = Run(context, simulation, context.ResolvePath(outDir));
            Report(context, summary);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary><c>--style NAME[,NAME…]</c>, repeatable: the writing styles of the world (docs/simulator.md).</summary>
    public static Option<string[]> StyleOption() => new("--style")
    {
        Description = "Writing style(s) for the actors they apply to, comma-separated or repeated: "
            + string.Join(", ", StyleCatalog.Names) + ", or " + StyleCatalog.Mixed + " for all (default: none, the default world)",
    };

    /// <summary>The styles named on the command line, checked and in catalogue order.</summary>
    public static IReadOnlyList<string> Styles(string[]? values)
    {
        try
        {
            return StyleCatalog.Expand((values ?? []).SelectMany(v => v.Split(',')));
        }
        catch (ArgumentException ex)
        {
            throw new CliException("--style: " + ex.Message, ExitCodes.Usage);
        }
    }

    /// <summary>
    /// The simulator's own checks, said in the command line's terms: "--ads must be between 1 and …",
    /// not "Ads … (Parameter 'Ads')".
    /// </summary>
    public static void CheckOptions(SimulationOptions simulation)
    {
        try
        {
            simulation.Validate();
        }
        catch (ArgumentException ex) when (ex.ParamName is { Length: > 0 } name)
        {
            var option = name switch
            {
                nameof(SimulationOptions.ProfilePath) => "--profile",
                nameof(SimulationOptions.Styles) => "--style",
                _ => "--" + string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString())),
            };
            var message = ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal);
            message = message.StartsWith(name + " ", StringComparison.Ordinal) ? option + message[name.Length..] : option + ": " + message;
            throw new CliException(message, ExitCodes.Usage);
        }
    }

    public static SimulationSummary Run(CommandContext context, SimulationOptions simulation, string outDir)
    {
        try
        {
            return ProgressRunner.Run(context, "Simulating", sink =>
                Simulator.Run(simulation, outDir, new SyncProgress<SimulationProgress>(p => sink.Report(p.AdsWritten, p.AdsTotal, $"Simulating {p.AdsWritten:N0} ads"))));
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message, ex, ExitCodes.Usage);
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }

    public static void Report(CommandContext context, SimulationSummary summary)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, summary);
            return;
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Simulated world") };
        table.AddColumn("what");
        table.AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("ads", N(summary.Ads));
        foreach (var (actor, count) in summary.AdsByActor.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            table.AddRow($"  ads by {Terminal.Escape(actor)}", N(count));
        }

        table.AddRow("personas", N(summary.Personas));
        table.AddRow("networks", N(summary.Networks));
        table.AddRow("agencies", N(summary.Agencies));
        table.AddRow("bookings", N(summary.Bookings));
        table.AddRow("transactions", N(summary.Transactions));
        table.AddRow("bank statement files", N(summary.StatementFiles));
        table.AddRow("images", N(summary.ImageFiles));
        context.Console.Write(table);
        context.Console.MarkupLine(CultureInfo.InvariantCulture, "Written to [blue]{0}[/] in {1:F1} s", Terminal.Escape(summary.OutDir), summary.Elapsed.TotalSeconds);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
