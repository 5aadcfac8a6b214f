using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Money;
using Threadline.Money.Graph;
using Threadline.Money.Tracing;

namespace Threadline.Cli.Commands;

/// <summary><c>threadline money</c>: collectors, laundering patterns, flows abroad, tied to the network leads; tracing.</summary>
internal static class MoneyCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var trace = new Option<string[]>("--trace") { Description = "Follow money forward in time from these accounts (IBAN), with amount conservation", AllowMultipleArgumentsPerToken = true };
        var funders = new Option<string[]>("--funders") { Description = "Follow money backward to find who funds these accounts (IBAN)", AllowMultipleArgumentsPerToken = true };
        var limit = new Option<int>("--limit", "-n") { Description = "Most accounts to list", DefaultValueFactory = _ => 20 };
        var command = new Command("money", "Detect collectors, pass-through, structuring, funnels, cycles and remittances abroad; tie accounts to network leads; trace money forward or backward");
        command.Options.Add(trace);
        command.Options.Add(funders);
        command.Options.Add(limit);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = context.OpenExistingStore();
            var forward = parse.GetValue(trace) ?? [];
            var backward = parse.GetValue(funders) ?? [];
            if (forward.Length > 0 || backward.Length > 0)
            {
                var table = TransactionGraph.Build(PaymentStatements.Read(store));
                foreach (var (seeds, isForward) in new[] { (forward, true), (backward, false) }.Where(x => x.Item1.Length > 0))
                {
                    var keys = seeds.Select(s => Iban.TryNormalize(s) ?? throw new CliException($"not a valid IBAN: '{s}'", ExitCodes.Usage)).ToList();
                    var result = isForward ? MoneyTracer.Forward(table, keys) : MoneyTracer.Backward(table, keys);
                    RenderTrace(context, result, isForward);
                }

                return ExitCodes.Ok;
            }

            var run = ProgressRunner.RunJob(context, "Following the money", progress => MoneyJob.Run(store, progress, context.Cancellation));
            Render(context, run, parse.GetValue(limit));
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void Render(CommandContext context, MoneyRun run, int limit)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, new { transactions = run.Transactions, accounts = run.Report.Accounts.Take(limit), networks = run.Networks });
            return;
        }

        var console = context.Console;
        console.MarkupLine(CultureInfo.InvariantCulture, "{0:N0} transactions between {1:N0} accounts; [bold]{2:N0}[/] accounts flagged, {3:N0} findings; {4} network leads tied to accounts", run.Transactions, run.Report.AccountCount, run.Report.Accounts.Count, run.Report.Findings.Count, run.Networks.Count);
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Flagged accounts (leads)") };
        table.AddColumns("account", "roles", "typologies", "score", "why");
        foreach (var a in run.Report.Accounts.OrderByDescending(a => a.Score).Take(limit))
        {
            table.AddRow(Terminal.Escape(a.Account), Terminal.Escape(a.Roles.ToString()), Terminal.Escape(string.Join(",", a.Typologies)), a.Score.ToString("0.0", CultureInfo.InvariantCulture), Terminal.Escape(a.Findings.FirstOrDefault()?.Summary ?? string.Empty));
        }

        console.Write(table);
        if (run.Networks.Count > 0)
        {
            var nets = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Money of the network leads") };
            nets.AddColumns("network", "accounts", "inflow", "payers", "cash cities", "abroad", "points");
            foreach (var n in run.Networks.OrderByDescending(n => n.Points))
            {
                nets.AddRow(
                    Terminal.Escape(n.NetworkId),
                    n.Accounts.Count.ToString(CultureInfo.InvariantCulture),
                    n.Inflow.ToString("N0", CultureInfo.InvariantCulture),
                    n.Payers.ToString(CultureInfo.InvariantCulture),
                    Terminal.Escape(string.Join(",", n.CashCities)),
                    Terminal.Escape(string.Join(", ", n.AbroadByCountry.OrderByDescending(kv => kv.Value).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}")))),
                    n.Points.ToString("0.#", CultureInfo.InvariantCulture));
            }

            console.Write(nets);
        }

        console.MarkupLine("[grey]Flags are leads for an analyst to verify against the bank records, never findings of guilt.[/]");
    }

    private static void RenderTrace(CommandContext context, TraceResult result, bool forward)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Out, result);
            return;
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(forward ? "Where the money went (traced forward, amounts conserved)" : "Where the money came from (traced backward)") };
        table.AddColumns("account", "country", "amount", "share", "abroad");
        foreach (var d in result.Destinations)
        {
            table.AddRow(Terminal.Escape(d.Account), Terminal.Escape(d.Country ?? "?"), (d.AmountMinor / 100m).ToString("N2", CultureInfo.InvariantCulture), d.Share.ToString("P1", CultureInfo.InvariantCulture), d.Abroad ? "yes" : string.Empty);
        }

        context.Console.Write(table);
        context.Console.MarkupLine(CultureInfo.InvariantCulture, "Traced {0:N2}; by country: {1}", result.TracedMinor / 100m, Terminal.Escape(string.Join(", ", result.ByCountry.OrderByDescending(kv => kv.Value).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value / 100m:N0}")))));
    }
}
