using System.Diagnostics;
using System.Globalization;
using Threadline.Core.Statements;
using Threadline.Storage.Engines;

namespace Threadline.Bench;

/// <summary>
/// How fast a workspace gives back the entities of one schema, read-only: in storage order (what link and money use)
/// and by id, with the statements per second, the CPU per statement and the memory allocated, to compare schemata and
/// engines (issue 13.8). <c>bench read-entities WORKSPACE SCHEMA [--by-id] [--properties p,q] [--values]</c>; with
/// <c>--values</c>, the values read (<c>ValuesInStorageOrder</c>) of the named properties instead of whole entities.
/// </summary>
public sealed class ReadEntitiesBench : IBenchScript
{
    public string Name => "read-entities";

    public string Description => "WORKSPACE SCHEMA [--by-id] [--properties p,q] [--values]: time reading one schema's entities (or values) back, read-only";

    public int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: bench read-entities WORKSPACE SCHEMA [--by-id] [--properties p,q] [--values]");
            return 2;
        }

        if (args.Contains("--values", StringComparer.Ordinal))
        {
            return RunValues(args);
        }

        var byId = args.Contains("--by-id", StringComparer.Ordinal);
        var at = Array.IndexOf(args, "--properties");
        IReadOnlyCollection<string>? properties = at > 0 && at + 1 < args.Length ? args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries) : null;
        using var store = WorkspaceStores.OpenReadOnly(args[0]);
        var entities = 0L;
        var statements = 0L;
        var characters = 0L;
        var cost = Cost.Of(() =>
        {
            foreach (var entity in byId ? store.Entities(args[1]) : store.EntitiesInStorageOrder(args[1], properties))
            {
                entities++;
                statements += entity.Statements.Length;
                foreach (var s in entity.Statements)
                {
                    characters += s.Value.Length;
                }
            }
        });
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{args[1]} {(byId ? "by id" : "in storage order")}{(properties is null ? "" : " (" + string.Join(',', properties) + ")")}: {entities:N0} entities, {statements:N0} statements ({characters / (double)Math.Max(1, statements):F1} characters of value each) in {cost.Wall:F1} s wall, {cost.Cpu:F1} CPU s: {statements / cost.Wall:N0} statements/s, {cost.Cpu * 1e6 / Math.Max(1, statements):F2} CPU µs per statement, {cost.Allocated / (double)Math.Max(1, statements):N0} bytes allocated per statement; {PeakMemory.Describe()}"));
        return 0;
    }

    private static int RunValues(string[] args)
    {
        var at = Array.IndexOf(args, "--properties");
        if (at < 0 || at + 1 >= args.Length)
        {
            Console.Error.WriteLine("--values needs --properties p,q");
            return 2;
        }

        var columns = new ValueColumns(args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries));
        using var store = WorkspaceStores.OpenReadOnly(args[0]);
        var entities = 0L;
        var values = 0L;
        var cost = Cost.Of(() =>
        {
            foreach (var entity in store.ValuesInStorageOrder(args[1], columns))
            {
                entities++;
                foreach (var property in columns.Names)
                {
                    values += entity.Get(property).Length;
                }
            }
        });
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{args[1]} values ({string.Join(',', columns.Names)}): {entities:N0} entities, {values:N0} distinct values in {cost.Wall:F1} s wall, {cost.Cpu:F1} CPU s: {entities / cost.Wall:N0} entities/s, {cost.Cpu * 1e6 / Math.Max(1, entities):F2} CPU µs per entity, {cost.Allocated / (double)Math.Max(1, entities):N0} bytes allocated per entity; {PeakMemory.Describe()}"));
        return 0;
    }

    /// <summary>Wall seconds, CPU seconds of the process and bytes allocated while a read ran.</summary>
    private readonly record struct Cost(double Wall, double Cpu, long Allocated)
    {
        public static Cost Of(Action read)
        {
            var process = Process.GetCurrentProcess();
            var allocated = GC.GetTotalAllocatedBytes();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            read();
            wall.Stop();
            process.Refresh();
            return new Cost(wall.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalAllocatedBytes() - allocated);
        }
    }
}
