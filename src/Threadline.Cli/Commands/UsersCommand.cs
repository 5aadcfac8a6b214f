using System.CommandLine;
using System.Globalization;
using Threadline.Cli.Infrastructure;
using Threadline.Security;
using Threadline.Security.Accounts;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Commands;

/// <summary>
/// <c>threadline users add|list|disable|reset-mfa|member</c>: accounts of a workspace, for the first admin and for
/// scripts. A password is read from a file, never from the command line; a TOTP enrolment (QR code and otpauth URI) is
/// written to files only the owner may read. Neither is ever printed. Every change is in the audit trail.
/// </summary>
internal static class UsersCommand
{
    public static Command Build(GlobalOptions options, CliEnvironment environment)
    {
        var command = new Command("users", "Manage the accounts of a workspace or server: roles, case memberships, TOTP enrolment, sessions");
        var accounts = options.Accounts;
        command.Subcommands.Add(Add(options, environment, accounts));
        command.Subcommands.Add(List(options, environment, accounts));
        command.Subcommands.Add(Disable(options, environment, accounts));
        command.Subcommands.Add(ResetMfa(options, environment, accounts));
        command.Subcommands.Add(Revoke(options, environment, accounts));
        command.Subcommands.Add(Member(options, environment, accounts));
        command.Subcommands.Add(UsersTokenCommand.Build(options, environment));
        return command;
    }

    private static Command Add(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var name = new Argument<string>("name") { Description = "Login name (letters, digits, '.', '_', '-', '@')" };
        var roles = new Option<string[]>("--role") { Description = "A role (repeat for several): " + string.Join(", ", Roles.All), Required = true, AllowMultipleArgumentsPerToken = false };
        var passwordFile = new Option<string>("--password-file") { Description = "File whose first line is the password (at least 12 characters)", Required = true };
        var enrolDir = new Option<string?>("--enrol-dir") { Description = "Folder for the TOTP enrolment (QR code and otpauth URI, readable by the owner only); without it the user enrols at the first web login" };
        var member = new Option<string[]>("--member") { Description = "A case the user is a member of (repeat for several)" };
        var command = new Command("add", "Add an account with a password and a TOTP enrolment (now into files, or at the first web login)");
        command.Arguments.Add(name);
        command.Options.Add(roles);
        command.Options.Add(passwordFile);
        command.Options.Add(enrolDir);
        command.Options.Add(member);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var userName = CheckName(parse.GetValue(name)!);
            var roleSet = (parse.GetValue(roles) ?? []).Select(r => Roles.TryParse(r, out var role) ? role.Value : throw new CliException($"--role: '{r}' is not a role ({string.Join(", ", Roles.All)})", ExitCodes.Usage)).ToHashSet();
            var password = ReadPassword(context, parse.GetValue(passwordFile)!);
            var folder = parse.GetValue(enrolDir) is { } dir ? context.OutputFolder(dir, "--enrol-dir") : null;
            using var store = Open(context, parse.GetValue(accounts));
            if (store.FindUser(userName) is not null)
            {
                throw new CliException($"a user named '{userName}' exists");
            }

            var enrolment = folder is null ? null : TotpEnrolment.Create(userName);
            store.AddUser(new UserAccount
            {
                Name = userName,
                Roles = roleSet,
                PasswordHash = PasswordHashing.Hash(password),
                TotpSecret = enrolment?.Secret ?? [],
                Created = DateTimeOffset.UtcNow,
            });
            foreach (var caseRef in parse.GetValue(member) ?? [])
            {
                store.SetMembership(new CaseMembership(userName, caseRef, IsLead: false));
            }

            if (folder is null || enrolment is null)
            {
                context.Out.WriteLine($"added {userName} ({AccountText.RolesText(roleSet)}); the TOTP authenticator is set up at the first web login (threadline serve)");
                return ExitCodes.Ok;
            }

            var files = WriteEnrolment(folder, enrolment);
            context.Out.WriteLine($"added {userName} ({AccountText.RolesText(roleSet)}); TOTP enrolment in {files} (it holds the secret: hand it over, then delete it)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var command = new Command("list", "List accounts: roles, cases, MFA, disabled or locked (never a secret)");
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = Open(context, parse.GetValue(accounts));
            var now = DateTimeOffset.UtcNow;
            var rows = store.Users().Select(u => new
            {
                name = u.Name,
                roles = u.Roles.Order().Select(Roles.Name).ToArray(),
                cases = store.Memberships(u.Name).Select(m => m.IsLead ? m.CaseReference + " (lead)" : m.CaseReference).ToArray(),
                mfa = u.HasMfa,
                disabled = u.Disabled,
                locked = u.IsLockedAt(now),
            }).ToArray();
            if (context.Json)
            {
                JsonOutput.Write(context.Out, rows);
                return ExitCodes.Ok;
            }

            foreach (var row in rows)
            {
                var state = row.disabled ? "disabled" : row.locked ? "locked" : "active";
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.name}\t{string.Join(',', row.roles)}\tcases: {(row.cases.Length == 0 ? "-" : string.Join(", ", row.cases))}\tmfa: {(row.mfa ? "enrolled" : "none")}\t{state}"));
            }

            if (rows.Length == 0)
            {
                context.Out.WriteLine("no accounts");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Disable(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var name = new Argument<string>("name") { Description = "The account to disable" };
        var command = new Command("disable", "Disable an account: every login and access is refused from now on");
        command.Arguments.Add(name);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = Open(context, parse.GetValue(accounts));
            var user = Find(store, parse.GetValue(name)!);
            store.UpdateUser(user with { Disabled = true });
            store.RevokeSessions(user.Name);
            context.Out.WriteLine($"disabled {user.Name}; every web session of theirs is ended");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ResetMfa(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var name = new Argument<string>("name") { Description = "The account" };
        var enrolDir = new Option<string?>("--enrol-dir") { Description = "Folder for the new TOTP enrolment (readable by the owner only); without it the user enrols again at the next web login" };
        var command = new Command("reset-mfa", "Replace an account's TOTP secret (a lost phone): the old codes stop working and every web session ends");
        command.Arguments.Add(name);
        command.Options.Add(enrolDir);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            var folder = parse.GetValue(enrolDir) is { } dir ? context.OutputFolder(dir, "--enrol-dir") : null;
            using var store = Open(context, parse.GetValue(accounts));
            var user = Find(store, parse.GetValue(name)!);
            var enrolment = folder is null ? null : TotpEnrolment.Create(user.Name);
            store.UpdateUser(user with { TotpSecret = enrolment?.Secret ?? [], LastTotpStep = -1 });
            store.RevokeSessions(user.Name);
            if (folder is null || enrolment is null)
            {
                context.Out.WriteLine($"{user.Name} sets up a new authenticator at the next web login; every web session of theirs is ended");
                return ExitCodes.Ok;
            }

            var files = WriteEnrolment(folder, enrolment);
            context.Out.WriteLine($"new TOTP secret for {user.Name}; enrolment in {files} (it holds the secret: hand it over, then delete it)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Revoke(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var name = new Argument<string>("name") { Description = "The account" };
        var command = new Command("revoke", "End every web session of an account now (the next request of each is refused)");
        command.Arguments.Add(name);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = Open(context, parse.GetValue(accounts));
            var user = Find(store, parse.GetValue(name)!);
            store.RevokeSessions(user.Name);
            context.Out.WriteLine($"every web session of {user.Name} is ended");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Member(GlobalOptions options, CliEnvironment environment, Option<string?> accounts)
    {
        var name = new Argument<string>("name") { Description = "The account" };
        var caseRef = new Argument<string>("case") { Description = "The case reference" };
        var lead = new Option<bool>("--lead") { Description = "The user leads the case (and may see its victim data)" };
        var remove = new Option<bool>("--remove") { Description = "End the membership instead" };
        var command = new Command("member", "Make an account a member of a case (a compartment), or end it with --remove");
        command.Arguments.Add(name);
        command.Arguments.Add(caseRef);
        command.Options.Add(lead);
        command.Options.Add(remove);
        command.SetAction(CliApp.Guard(options, environment, (context, parse) =>
        {
            using var store = Open(context, parse.GetValue(accounts));
            var user = Find(store, parse.GetValue(name)!);
            var reference = parse.GetValue(caseRef)!;
            if (parse.GetValue(remove))
            {
                context.Out.WriteLine(store.RemoveMembership(user.Name, reference) ? $"{user.Name} is no longer a member of {reference}" : $"{user.Name} was not a member of {reference}");
                return ExitCodes.Ok;
            }

            try
            {
                store.SetMembership(new CaseMembership(user.Name, reference, parse.GetValue(lead)));
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message, ex, ExitCodes.Usage);
            }

            context.Out.WriteLine($"{user.Name} is a member of {reference}{(parse.GetValue(lead) ? " (lead)" : string.Empty)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The accounts store (<c>--accounts</c>, else the workspace), after appending this command to its trail.</summary>
    internal static ISecurityStore Open(CommandContext context, string? accounts) =>
        AccountsStore.Open(context, AccountsStore.Location(context, accounts), Security.Audit.AuditAction.Administration);

    internal static UserAccount Find(ISecurityStore store, string name) =>
        store.FindUser(name) ?? throw new CliException($"no user named '{name}'");

    private static string CheckName(string name) =>
        UserAccount.IsValidName(name) ? name : throw new CliException($"'{name}' is not a user name: 1 to {UserAccount.MaxName} letters, digits, '.', '_', '-' or '@'", ExitCodes.Usage);

    /// <summary>Reads the first line of a password file (bounded); a new password is checked for strength.</summary>
    internal static string ReadPassword(CommandContext context, string file, bool checkStrength = true)
    {
        var path = context.ResolvePath(file);
        string? line;
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[PasswordHashing.MaxLength + 2];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            line = new string(buffer, 0, read).Split('\n')[0].TrimEnd('\r');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--password-file: cannot read '{path}' ({CommandContext.Reason(ex)})", ex, ExitCodes.Usage);
        }

        return checkStrength && PasswordHashing.Weakness(line) is { } why ? throw new CliException($"--password-file: {why}", ExitCodes.Usage) : line;
    }

    /// <summary>Writes NAME-totp.svg and NAME-totp.uri, readable and writable by the owner only; returns how to name them.</summary>
    private static string WriteEnrolment(string folder, TotpEnrolment enrolment)
    {
        var svg = Path.Combine(folder, enrolment.User + "-totp.svg");
        var uri = Path.Combine(folder, enrolment.User + "-totp.uri");
        WritePrivate(svg, enrolment.QrSvg());
        WritePrivate(uri, enrolment.Uri + "\n");
        return $"{svg} and {Path.GetFileName(uri)}";
    }

    /// <summary>Writes a file only its owner may read and write.</summary>
    internal static void WritePrivate(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(text);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
