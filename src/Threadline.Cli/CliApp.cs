using System.CommandLine;
using Threadline.Cli.Commands;
using Threadline.Cli.Infrastructure;

namespace Threadline.Cli;

/// <summary>Composes the `threadline` command: each feature contributes its own command builder.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        var options = new GlobalOptions();
        var root = new RootCommand("Threadline: link escort ads, bookings and money into the networks behind them. Every flag is a lead for a human, never a verdict.");
        options.AddTo(root);
        var commands = new Func<GlobalOptions, CliEnvironment, Command>[]
        {
            IngestCommand.Build,
            ExtractCommand.Build,
            LinkCommand.Build,
            NetworksCommand.Build,
            MoneyCommand.Build,
            ReportCommand.Build,
            StatsCommand.Build,
            SearchCommand.Build,
            ExportCommand.Build,
            SimulateCommand.Build,
            EvalCommand.Build,
            DemoCommand.Build,
            ServeCommand.Build,
            DeadlinesCommand.Build,
            CaseCommand.Build,
            MigrateCommand.Build,
            CopyCommand.Build,
            AuditCommand.Build,
            UsersCommand.Build,
            CasesCommand.Build,
            LoginCommand.Build,
            LoginCommand.BuildLogout,
        };
        foreach (var build in commands)
        {
            root.Subcommands.Add(build(options, environment));
        }

        root.SetAction(_ =>
        {
            environment.Error.WriteLine("threadline: a command is required. Try 'threadline --help'.");
            return ExitCodes.Usage;
        });

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                environment.Error.WriteLine($"threadline: {Terminal.Clean(error.Message)}");
            }

            environment.Error.WriteLine("Try 'threadline --help'.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration
        {
            Output = environment.Output,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>Wraps a command body: user errors become one line and an exit code; stack traces only with --verbose.</summary>
    public static Func<ParseResult, int> Guard(GlobalOptions options, CliEnvironment environment, Func<CommandContext, ParseResult, int> body) =>
        parse =>
        {
            var context = new CommandContext(environment, options, parse);
            try
            {
                return body(context, parse);
            }
            catch (CliException ex)
            {
                environment.Error.WriteLine($"threadline: {Terminal.Clean(ex.Message)}");
                if (context.Verbose)
                {
                    environment.Error.WriteLine(Terminal.Clean(ex.InnerException?.ToString() ?? ex.ToString()));
                }

                return ex.ExitCode;
            }
            catch (JobException ex)
            {
                environment.Error.WriteLine($"threadline: {Terminal.Clean(ex.Message)}");
                if (context.Verbose)
                {
                    environment.Error.WriteLine(Terminal.Clean(ex.ToString()));
                }

                return ExitCodes.Failure;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file the user named or the workspace's folder: say what went wrong without .NET's type names.
                environment.Error.WriteLine($"threadline: cannot read or write a file: {Terminal.Clean(CommandContext.Reason(ex))}");
                if (context.Verbose)
                {
                    environment.Error.WriteLine(Terminal.Clean(ex.ToString()));
                }

                return ExitCodes.Failure;
            }
            catch (OperationCanceledException)
            {
                environment.Error.WriteLine("threadline: cancelled");
                return ExitCodes.Failure;
            }
#pragma warning disable CA1031 // The shell must turn any failure into one clear line and exit code 1.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                environment.Error.WriteLine($"threadline: {ex.GetType().Name}: {ex.Message}");
                if (context.Verbose)
                {
                    environment.Error.WriteLine(Terminal.Clean(ex.ToString()));
                }
                else
                {
                    environment.Error.WriteLine("(run again with --verbose for details)");
                }

                return ExitCodes.Failure;
            }
        };
}
