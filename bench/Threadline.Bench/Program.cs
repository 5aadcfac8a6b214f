using System.Reflection;
using BenchmarkDotNet.Running;

namespace Threadline.Bench;

/// <summary>
/// Two kinds of benchmark: BenchmarkDotNet micro-benchmarks (<c>dotnet run -c Release -- micro --filter *Name*</c>)
/// and whole-pipeline scripts that print throughput and peak memory (<c>dotnet run -c Release -- NAME [args]</c>).
/// Each script is a class implementing <see cref="IBenchScript"/>; add one per file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var scripts = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IBenchScript).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IBenchScript)Activator.CreateInstance(t)!)
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        if (args.Length > 0 && args[0] == "micro")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
            return 0;
        }

        if (args.Length == 0 || !scripts.TryGetValue(args[0], out var script))
        {
            Console.Error.WriteLine("usage: bench micro [BenchmarkDotNet args] | bench SCRIPT [args]");
            foreach (var s in scripts.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"  {s.Name,-24} {s.Description}");
            }

            return 2;
        }

        return script.Run(args[1..]);
    }
}

/// <summary>A whole-pipeline benchmark that prints its throughput and peak memory.</summary>
public interface IBenchScript
{
    string Name { get; }

    string Description { get; }

    int Run(string[] args);
}
