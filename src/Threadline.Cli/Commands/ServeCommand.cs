using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Threadline.Cli.Infrastructure;
using Threadline.Storage.Engines;
using Threadline.Web;
using Threadline.Web.Security;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline serve</c>: the web app (read-only data) with accounts: every page and API call needs a login with
/// password and TOTP, is checked against the user's case memberships and is in the audit trail. <c>--accounts A</c> is
/// the accounts store (default the <c>--workspace</c>'s) and serves every case registered in it; <c>--workspace W</c>
/// serves W as the case <c>--case</c> (default <c>default</c>) too. <c>--no-auth</c> drops the login for one person on
/// their own machine: loopback addresses only.
/// </summary>
internal static class ServeCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on instead (e.g. http://0.0.0.0:8080); put TLS in front of anything but loopback" };
        var accounts = options.Accounts;
        var idle = new Option<int>("--idle-minutes") { Description = "A session ends after this many minutes without a request", DefaultValueFactory = _ => 15 };
        var lifetime = new Option<int>("--lifetime-hours") { Description = "A session ends this many hours after its login", DefaultValueFactory = _ => 12 };
        var keys = new Option<string?>("--keys") { Description = "Folder for the keys that protect session cookies (default: ACCOUNTS.keys beside a file store, else ./threadline-keys)" };
        var searches = new Option<int?>("--search-concurrency") { Description = "Searches run at once, the rest wait their turn (1-64; default one per core, at least two)" };
        var noAuth = new Option<bool>("--no-auth") { Description = "No login: you alone, on 127.0.0.1, as the local user in the --workspace (refused on any other address)" };
        var command = new Command("serve", "Serve cases in a web app with accounts, TOTP, need-to-know and an audit trail: leads, link charts, maps, timelines, ads, phones and money (read-only)");
        command.Options.Add(port);
        command.Options.Add(urls);
        command.Options.Add(idle);
        command.Options.Add(lifetime);
        command.Options.Add(keys);
        command.Options.Add(searches);
        command.Options.Add(noAuth);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var p = parse.GetValue(port);
            if (p is < 1 or > 65535)
            {
                throw new CliException("--port must be between 1 and 65535", ExitCodes.Usage);
            }

            var listen = parse.GetValue(urls) is { Length: > 0 } given ? given : string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{p}");
            var local = parse.GetValue(noAuth);
            if (local && !WebAppOptions.IsLoopbackOnly(listen))
            {
                throw new CliException($"--no-auth serves loopback addresses only, not {listen}: anyone who reached the port would act as you. Drop --no-auth and log in with an account.", ExitCodes.Usage);
            }

            var accountsGiven = parse.GetValue(accounts);
            var accountsLocation = AccountsStore.Location(context, accountsGiven);
            // --accounts alone serves the registered cases; otherwise the workspace is one case, opened once here so a
            // wrong path or an old workspace gives the usual one-line error.
            var single = string.IsNullOrWhiteSpace(accountsGiven) || context.WorkspaceExplicit;
            if (single)
            {
                context.OpenReadOnlyStore().Dispose();
                if (local && context.Audit.SignedIn is { } signedIn)
                {
                    throw new CliException($"--no-auth is for one person's own workspace; this one is a team's (signed in as {signedIn.User.Name}): serve it with its accounts store (drop --no-auth)", ExitCodes.Usage);
                }
            }

            var args = new List<string> { "--urls", listen, "--" + ServerSettings.AccountsKey, accountsLocation, "--" + ServerSettings.IdleKey, parse.GetValue(idle).ToString(CultureInfo.InvariantCulture), "--" + ServerSettings.LifetimeKey, parse.GetValue(lifetime).ToString(CultureInfo.InvariantCulture) };
            if (single)
            {
                args.AddRange(["--" + WebAppOptions.WorkspaceKey, context.WorkspacePath]);
            }

            if (parse.GetValue(options.Case) is { Length: > 0 } caseRef)
            {
                args.AddRange(["--" + ServerSettings.CaseKey, caseRef]);
            }

            if (parse.GetValue(keys) is { Length: > 0 } keyFolder)
            {
                args.AddRange(["--" + ServerSettings.KeysKey, context.ResolvePath(keyFolder)]);
            }

            if (context.Environment.Variable(GlobalOptions.AnchorsVariable) is { Length: > 0 } anchors)
            {
                args.AddRange(["--" + ServerSettings.AnchorsKey, context.ResolvePath(anchors)]);
            }

            if (parse.GetValue(searches) is { } running)
            {
                if (running is < 1 or > 64)
                {
                    throw new CliException("--search-concurrency must be between 1 and 64", ExitCodes.Usage);
                }

                args.AddRange(["--" + SearchGate.ConcurrencyKey, running.ToString(CultureInfo.InvariantCulture)]);
            }

            if (local)
            {
                args.AddRange(["--" + ServerSettings.NoAuthKey, "true"]);
            }

            Microsoft.AspNetCore.Builder.WebApplication? built = null;
            ServerSecurity security;
            try
            {
                built = WebApp.Build(WebApp.CreateBuilder([.. args]));
                security = built.Services.GetService(typeof(ServerSecurity)) as ServerSecurity
                    ?? throw new InvalidOperationException("the web app has no security services");
            }
            catch (Exception ex) when (ex is InvalidOperationException or Storage.WorkspaceException or FileNotFoundException)
            {
                (built as IDisposable)?.Dispose();
                throw new CliException(ex.Message, ex);
            }

            using (var app = built)
            {
                app.StartAsync(context.Cancellation).GetAwaiter().GetResult();
                var console = context.Console;
                var cases = security.Cases();
                console.MarkupLine("Threadline is serving {0} case(s): [blue]{1}[/] (read-only)", cases.Count, Terminal.Escape(string.Join(", ", cases.Select(c => c.Reference + " = " + WorkspaceStores.Shown(c.Workspace)))));
                if (local)
                {
                    console.MarkupLine("[yellow]--no-auth:[/] no login; every request acts as [blue]{0}[/] and is in the audit trail of the workspace.", Terminal.Escape(LocalUser.Account.Name));
                }
                else
                {
                    console.MarkupLine("Accounts: [blue]{0}[/]; log in with a password and an authenticator code (users: threadline users add).", Terminal.Escape(WorkspaceStores.Shown(accountsLocation)));
                    if (security.Store.Users().Count == 0)
                    {
                        console.MarkupLine("[yellow]No accounts yet:[/] threadline users add NAME --role analyst --password-file FILE --member {0} --workspace {1}", Terminal.Escape(security.Settings.CaseReference), Terminal.Escape(WorkspaceStores.Shown(accountsLocation)));
                    }
                }

                if (!WebAppOptions.IsLoopbackOnly(listen))
                {
                    console.MarkupLine("[yellow]Listening beyond loopback on {0}:[/] put a TLS reverse proxy in front, so passwords and session cookies never cross the network in clear.", Terminal.Escape(listen));
                }

                foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    console.MarkupLine("Open [blue]{0}/[/] in a browser. Ctrl+C stops.", Terminal.Escape(url.TrimEnd('/')));
                }

                app.WaitForShutdownAsync(context.Cancellation).GetAwaiter().GetResult();
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
