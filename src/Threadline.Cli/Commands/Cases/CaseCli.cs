using System.CommandLine;
using System.Globalization;
using Threadline.Cases.Grading;
using Threadline.Cli.Infrastructure;
using Threadline.Security.Audit;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Cli.Commands.Cases;

/// <summary>What every <c>case</c> command shares: opening the workspace and its case files (audited), parsing, errors.</summary>
internal static class CaseCli
{
    /// <summary>The longest free text a case option takes (a note's body is bounded by the case model itself).</summary>
    public const int MaxText = 20_000;

    public static Argument<string> ReferenceArgument() => new("reference") { Description = "The case reference (e.g. BE-2026-0042)" };

    public static Option<string> MarkingOption(string fallback) =>
        new("--marking") { Description = $"EU 4x4 grade and handling code, e.g. \"B2 H1\" (default \"{fallback}\")", DefaultValueFactory = _ => fallback };

    public static Option<string?> ConditionsOption() => new("--conditions") { Description = "The provider's restrictions in words (required with H3)" };

    /// <summary>
    /// Opens the workspace (it must exist) and its case files, appending the command's audit record first: an
    /// alteration for a command that writes, a consultation for one that reads.
    /// </summary>
    public static CaseSession Open(CommandContext context, bool write, string? reference)
    {
        var path = context.WorkspacePath;
        var workspace = write ? WorkspaceOpener.Open(path, create: false) : WorkspaceOpener.OpenForReading(path);
        try
        {
            context.Audit.Record(path, write ? AuditAction.Alteration : AuditAction.Consultation, reference);
            var cases = WorkspaceStores.OpenCases(path, readOnly: !write);
            return new CaseSession(workspace, cases, context.Audit.Actor);
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

    /// <summary>Runs a case command's body, turning the model's refusals into one clear line and an exit code.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            throw new CliException(Clean(ex.Message), ex, ExitCodes.Usage);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or InvalidDataException or WorkspaceException)
        {
            throw new CliException(Clean(ex.Message), ex);
        }
    }

    public static Marking Marking(string text, string? conditions)
    {
        try
        {
            return Threadline.Cases.Grading.Marking.Parse(text, conditions);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new CliException("--marking: " + Clean(ex.Message), ex, ExitCodes.Usage);
        }
    }

    public static DateOnly Day(string text, string option) =>
        OptionalDay(text, option) ?? throw new CliException($"{option} DATE is required", ExitCodes.Usage);

    public static DateOnly? OptionalDay(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CliException($"{option} must be a date like 2026-03-10, not '{Terminal.Clean(Cut(text))}'", ExitCodes.Usage);
    }

    public static DateTimeOffset? Instant(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : throw new CliException($"{option} must be an instant with its offset like 2026-04-14T06:00+02:00, not '{Terminal.Clean(Cut(text))}'", ExitCodes.Usage);
    }

    /// <summary>Parses "7d", "12h", "2w" (1 hour to 366 days).</summary>
    public static TimeSpan Duration(string text, string option)
    {
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (t.Length >= 2 && int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            TimeSpan? span = t[^1] switch
            {
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                'w' => TimeSpan.FromDays(7.0 * n),
                _ => null,
            };
            if (span is { } s && s <= TimeSpan.FromDays(366))
            {
                return s;
            }
        }

        throw new CliException($"{option} must be a number of hours, days or weeks up to a year, like 12h, 7d or 2w, not '{Terminal.Clean(Cut(text ?? string.Empty))}'", ExitCodes.Usage);
    }

    /// <summary>Parses an enum value written in lower case with dashes (en-route, victim-support), naming the choices on error.</summary>
    public static T Enum<T>(string text, string option)
        where T : struct, System.Enum
    {
        var key = (text ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Trim();
        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new CliException($"{option}: '{Terminal.Clean(Cut(text ?? string.Empty))}' is not one of {string.Join(", ", System.Enum.GetValues<T>().Select(Dashed))}", ExitCodes.Usage);
    }

    /// <summary>An enum value as the CLI writes it: EnRoute → en-route.</summary>
    public static string Dashed<T>(T value)
        where T : struct, System.Enum
    {
        var name = value.ToString();
        var b = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                b.Append('-');
            }

            b.Append(char.ToLowerInvariant(name[i]));
        }

        return b.ToString();
    }

    /// <summary>Splits "KEY=VALUE" (an --evidence, --cash or --seized value), naming the option on error.</summary>
    public static (string Key, string Value) Pair(string text, string option)
    {
        var i = (text ?? string.Empty).IndexOf('=', StringComparison.Ordinal);
        return i > 0 && i < text!.Length - 1
            ? (text[..i].Trim(), text[(i + 1)..].Trim())
            : throw new CliException($"{option} takes KEY=VALUE, not '{Terminal.Clean(Cut(text ?? string.Empty))}'", ExitCodes.Usage);
    }

    /// <summary>Refuses free text over <see cref="MaxText"/> characters before anything is opened.</summary>
    public static string? Bounded(string? text, string option) =>
        text is { Length: > MaxText } ? throw new CliException($"{option}: {text.Length} characters, at most {MaxText}", ExitCodes.Usage) : text;

    public static void Add(Command command, params Symbol[] symbols)
    {
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Option o:
                    command.Options.Add(o);
                    break;
                case Argument a:
                    command.Arguments.Add(a);
                    break;
            }
        }
    }

    private static string Clean(string message) => Terminal.Clean(message.Split(" (Parameter", 2)[0]);

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
