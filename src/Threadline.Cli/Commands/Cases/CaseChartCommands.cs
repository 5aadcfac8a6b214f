using System.CommandLine;
using Threadline.Application.Cases.Chart;
using Threadline.Application.Queries;
using Threadline.Cases.Chart;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Audit;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Commands.Cases;

/// <summary>
/// <c>threadline case chart …</c>: the case's own link chart. <c>show</c> (consultation), <c>entity</c> and <c>link</c>
/// (alterations: add by hand with source and marking), <c>export</c> (a disclosure: GEXF, i2 tables or SVG through the
/// handling codes of the purpose, with <c>--reason</c>).
/// </summary>
internal static class CaseChartCommands
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("chart", "The case's link chart: the attached network's graph plus entities and links added by hand; export it");
        command.Subcommands.Add(Show(options, environment));
        command.Subcommands.Add(Entity(options, environment));
        command.Subcommands.Add(Link(options, environment));
        command.Subcommands.Add(Export(options, environment));
        return command;
    }

    private static Command Show(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var command = new Command("show", "The chart's nodes and links, each with its marking, source and who added it");
        CaseCli.Add(command, reference);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            using var session = CaseCli.Open(context, write: false, r);
            var chart = CaseCharts.Build(new Investigation(session.Workspace), session.Files, r);
            if (context.Json)
            {
                JsonOutput.Write(context.Out, chart);
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"case {r}: chart from {chart.BaseNetwork ?? "(no network attached)"}: {chart.Nodes.Count} nodes, {chart.Edges.Count} links");
            foreach (var n in chart.Nodes.Where(n => n.Hand))
            {
                context.Out.WriteLine($"  {Terminal.Clean(n.Id)}  {n.Kind}  {Terminal.Clean(n.Label)}  [{n.Grading}]  source: {Terminal.Clean(n.Source)}  by {n.AddedBy}{(n.Hidden ? "  (hidden)" : string.Empty)}");
            }

            foreach (var e in chart.Edges.Where(e => e.Hand))
            {
                context.Out.WriteLine($"  {Terminal.Clean(e.Id)}  {Terminal.Clean(e.From)} -> {Terminal.Clean(e.To)}  {Terminal.Clean(e.Kind)}  [{e.Grading}]  source: {Terminal.Clean(e.Source)}  by {e.AddedBy}");
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Command Entity(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var id = new Option<string>("--id") { Description = "The entity's id in the chart (its node is entity:ID); an existing id writes a new version", Required = true };
        var type = new Option<string>("--type") { Description = "person, phone, email, address, vehicle, account, organisation, location, event, document or other", Required = true };
        var label = new Option<string>("--label") { Description = "What is drawn (a victim: her pseudonym)", Required = true };
        var source = new Option<string>("--source") { Description = "Where the information comes from", Required = true };
        var person = new Option<string?>("--person") { Description = "The case person it stands for" };
        var date = new Option<string?>("--date") { Description = "The day it is dated (yyyy-MM-dd)" };
        var note = new Option<string?>("--note") { Description = "A note" };
        var marking = CaseCli.MarkingOption("B2 H1");
        var conditions = CaseCli.ConditionsOption();
        var command = new Command("entity", "Add an entity to the chart by hand, with its source and marking");
        CaseCli.Add(command, reference, id, type, label, source, person, date, note, marking, conditions);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var t = CaseCli.Enum<ChartEntityType>(parse.GetValue(type)!, "--type");
            var m = CaseCli.Marking(parse.GetValue(marking)!, parse.GetValue(conditions));
            var day = CaseCli.OptionalDay(parse.GetValue(date), "--date");
            using var session = CaseCli.Open(context, write: true, r);
            var entity = new ChartEntity(parse.GetValue(id)!, t, parse.GetValue(label)!, parse.GetValue(source)!, m, session.Actor, DateTimeOffset.UtcNow, parse.GetValue(person), day, CaseCli.Bounded(parse.GetValue(note), "--note"));
            var version = session.Files.PutChartEntity(r, entity);
            context.Out.WriteLine($"case {r}: chart entity {entity.NodeId} [{entity.Marking.Label}] (version {version})");
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Command Link(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var id = new Option<string>("--id") { Description = "The link's id; an existing id writes a new version", Required = true };
        var from = new Option<string>("--from") { Description = "A chart node: entity:ID or a node of the generated graph (persona:P-…, phone:+…)", Required = true };
        var to = new Option<string>("--to") { Description = "A chart node", Required = true };
        var type = new Option<string>("--type") { Description = "What ties them (called, paid, lives at)", Required = true };
        var source = new Option<string>("--source") { Description = "Where the information comes from", Required = true };
        var date = new Option<string?>("--date") { Description = "The day it held (yyyy-MM-dd)" };
        var note = new Option<string?>("--note") { Description = "A note" };
        var marking = CaseCli.MarkingOption("B2 H1");
        var conditions = CaseCli.ConditionsOption();
        var command = new Command("link", "Draw a link between two chart nodes by hand, with its source and marking");
        CaseCli.Add(command, reference, id, from, to, type, source, date, note, marking, conditions);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            var m = CaseCli.Marking(parse.GetValue(marking)!, parse.GetValue(conditions));
            var day = CaseCli.OptionalDay(parse.GetValue(date), "--date");
            using var session = CaseCli.Open(context, write: true, r);
            var link = new ChartLink(parse.GetValue(id)!, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(type)!, parse.GetValue(source)!, m, session.Actor, DateTimeOffset.UtcNow, day, CaseCli.Bounded(parse.GetValue(note), "--note"));
            var chart = CaseCharts.Build(new Investigation(session.Workspace), session.Files, r);
            foreach (var (end, option) in new[] { (link.From, "--from"), (link.To, "--to") })
            {
                if (!end.StartsWith(ChartText.EntityPrefix, StringComparison.Ordinal) && !CaseCharts.Has(chart, end))
                {
                    throw new CliException($"{option} '{Terminal.Clean(end)}': not a node of the case chart (see `threadline case chart show {r} --json`)", ExitCodes.Usage);
                }
            }

            var version = session.Files.PutChartLink(r, link);
            context.Out.WriteLine($"case {r}: chart link {link.Id} {link.From} -> {link.To} [{link.Marking.Label}] (version {version})");
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Command Export(GlobalOptions options, CliEnvironment environment)
    {
        var reference = CaseCli.ReferenceArgument();
        var format = new Option<string>("--format") { Description = "gexf (Gephi), i2 (Analyst's Notebook entity and link tables, ZIP) or svg", Required = true };
        var purpose = new Option<string>("--purpose") { Description = "Who it is for: " + string.Join(", ", ChartPurposes.Names) + " (the handling codes decide what goes)", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The file to write", Required = true };
        var command = new Command("export", "Export the chart through the handling codes of a purpose (a disclosure: needs --reason, audited)");
        CaseCli.Add(command, reference, format, purpose, output);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) => CaseCli.Guard(() =>
        {
            var r = parse.GetValue(reference)!;
            if (!ChartFormats.TryGet(parse.GetValue(format), out var kind))
            {
                throw new CliException($"--format: one of {string.Join(", ", ChartFormats.Names)}", ExitCodes.Usage);
            }

            var reason = parse.GetValue(options.Reason);
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new CliException("an export needs --reason \"why\" (it goes into the audit trail and the file)", ExitCodes.Usage);
            }

            var chosen = ChartPurposes.Parse(parse.GetValue(purpose));
            var path = context.OutputFile(parse.GetValue(output)!, "--out");
            using var session = OpenForDisclosure(context, r);
            var chart = CaseCharts.Build(new Investigation(session.Workspace), session.Files, r);
            var disclosure = ChartExport.Filter(chart, chosen, reason, session.Actor, DateTimeOffset.UtcNow, session.Files.VictimNamesToWithhold(r));
            using (var stream = File.Create(path))
            {
                kind.Write(disclosure, stream);
            }

            if (context.Json)
            {
                JsonOutput.Write(context.Out, new { reference = r, purpose = disclosure.PurposeName, file = path, nodes = disclosure.Nodes.Count, links = disclosure.Edges.Count, withheld = disclosure.Withheld });
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"case {r}: chart for {disclosure.PurposeName} written to {path}: {disclosure.Nodes.Count} nodes, {disclosure.Edges.Count} links, {disclosure.Withheld.Count} withheld");
            foreach (var w in disclosure.Withheld.Take(50))
            {
                context.Out.WriteLine($"  withheld {w.Item} {Terminal.Clean(w.Id)}: {w.Reason}");
            }

            if (disclosure.Withheld.Count > 50)
            {
                context.Out.WriteLine($"  … and {disclosure.Withheld.Count - 50} more (listed in the file)");
            }

            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>Opens the workspace and case files for an export, appending a disclosure record (with the reason) first.</summary>
    private static CaseSession OpenForDisclosure(CommandContext context, string reference)
    {
        var path = context.WorkspacePath;
        var workspace = WorkspaceOpener.OpenForReading(path);
        try
        {
            context.Audit.Record(path, AuditAction.Disclosure, reference);
            return new CaseSession(workspace, WorkspaceStores.OpenCases(path, readOnly: true), context.Audit.Actor);
        }
        catch (WorkspaceException ex)
        {
            workspace.Dispose();
            throw new CliException(ex.Message, ex);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }
}
