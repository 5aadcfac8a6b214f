using System.Globalization;
using System.Text;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli;

/// <summary>Entry point of the `threadline` command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        Console.OutputEncoding = new UTF8Encoding(false);
        return CliApp.Run(args, CliEnvironment.FromProcess());
    }
}
