using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Web;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline serve</c>: the web app over a workspace (read-only), on 127.0.0.1 unless told otherwise. Bound anywhere
/// else it warns: there are no accounts and no audit log yet (they come with the server).
/// </summary>
internal static class ServeCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on instead (e.g. http://127.0.0.1:8080); anything but loopback is reachable by others" };
        var command = new Command("serve", "Open the workspace in a web app: leads, link charts, maps, timelines, ads, phones and money (read-only)");
        command.Options.Add(port);
        command.Options.Add(urls);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var p = parse.GetValue(port);
            if (p is < 1 or > 65535)
            {
                throw new CliException("--port must be between 1 and 65535", ExitCodes.Usage);
            }

            var listen = parse.GetValue(urls) is { Length: > 0 } given ? given : string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{p}");
            // Opens the workspace once here so a wrong path or an old workspace gives the usual one-line error.
            context.OpenReadOnlyStore().Dispose();
            var console = context.Console;
            if (!WebAppOptions.IsLoopbackOnly(listen))
            {
                console.MarkupLine("[red bold]Warning:[/] listening on {0}, which other machines may reach. This app has no accounts, no access control and no audit log yet: serve only on 127.0.0.1 unless the network around it is yours.", Terminal.Escape(listen));
            }

            var builder = WebApp.CreateBuilder(["--" + WebAppOptions.WorkspaceKey, context.WorkspacePath, "--urls", listen]);
            using var app = WebApp.Build(builder);
            app.StartAsync(context.Cancellation).GetAwaiter().GetResult();
            console.MarkupLine("Threadline is serving [blue]{0}[/] (read-only)", Terminal.Escape(context.WorkspaceShown));
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                console.MarkupLine("Open [blue]{0}/[/] in a browser. Ctrl+C stops.", Terminal.Escape(url.TrimEnd('/')));
            }

            app.WaitForShutdownAsync(context.Cancellation).GetAwaiter().GetResult();
            return ExitCodes.Ok;
        }));
        return command;
    }
}
