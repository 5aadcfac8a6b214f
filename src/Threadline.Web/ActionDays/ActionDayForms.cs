using System.Globalization;
using Threadline.Cases.ActionDays;
using Threadline.Cases.Deadlines;
using Threadline.Cases.Victims;

namespace Threadline.Web.ActionDays;

/// <summary>Bad input, naming the field it was in (<see cref="ArgumentException.ParamName"/>, and first in the message).</summary>
public sealed class FieldException : ArgumentException
{
    private readonly string _what;

    public FieldException(string field, string what)
        : base(field + ": " + what, field)
    {
        Field = field;
        _what = what;
    }

    public FieldException()
        : this("input", "invalid")
    {
    }

    public FieldException(string message)
        : this("input", message)
    {
    }

    public FieldException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "input";
        _what = message;
    }

    public string Field { get; }

    /// <summary>"field: what is wrong", without the framework's "(Parameter …)" suffix.</summary>
    public override string Message => Field + ": " + _what;
}

/// <summary>A target as a form or the API sends it.</summary>
public sealed record TargetInput(string? Id, string? Country, string? Kind, string? Description, string? Evidence, string? Why);

/// <summary>A team as a form or the API sends it (members and equipment as lists).</summary>
public sealed record TeamInput(
    string? Id,
    string? Name,
    string? Zone,
    string? Lead,
    IReadOnlyList<string>? Members,
    string? Interpreter,
    string? VictimSupport,
    string? Financial,
    IReadOnlyList<string>? Targets,
    string? Briefing,
    IReadOnlyList<string>? Equipment);

/// <summary>The H-hour: a local date and time in an IANA zone.</summary>
public sealed record HHourInput(string? Date, string? Time, string? Zone);

/// <summary>A victim in a report: her pseudonym, and the centre and day she was referred to (both or neither).</summary>
public sealed record VictimInput(string? Pseudonym, string? Centre, string? On);

/// <summary>Something seized.</summary>
public sealed record SeizedInput(string? Description, int Quantity);

/// <summary>A team's report as the phone page or the API sends it.</summary>
public sealed record ReportInput(
    string? Status,
    int PersonsFound,
    int Arrests,
    IReadOnlyList<VictimInput>? Victims,
    IReadOnlyList<SeizedInput>? Seized,
    IReadOnlyDictionary<string, decimal>? Cash);

/// <summary>Turns form and API input into the domain's values; every error names its field.</summary>
public static class ActionDayForms
{
    /// <summary>At most this many entries in one list field.</summary>
    public const int MaxList = 200;

    /// <summary>Zones offered on the forms (any IANA zone is taken).</summary>
    public static IReadOnlyList<string> CommonZones { get; } =
    [
        "Europe/Brussels", "Europe/Amsterdam", "Europe/Paris", "Europe/Madrid", "Europe/Lisbon", "Europe/London", "Europe/Dublin",
        "Europe/Berlin", "Europe/Rome", "Europe/Vienna", "Europe/Warsaw", "Europe/Prague", "Europe/Budapest", "Europe/Bucharest",
        "Europe/Sofia", "Europe/Athens", "Europe/Helsinki", "Europe/Stockholm", "Atlantic/Canary", "UTC",
    ];

    public static Target Target(TargetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = Id(input.Id, "id", slash: false);
        var country = (input.Country ?? string.Empty).Trim().ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new FieldException("country", $"'{Cut(input.Country)}' is not a two-letter country code (BE, ES …)");
        }

        if (!Enum.TryParse<TargetKind>((input.Kind ?? string.Empty).Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, out _))
        {
            throw new FieldException("kind", $"'{Cut(input.Kind)}' is not address, person, vehicle or account");
        }

        var description = Text(input.Description, "description", 500, required: true)!;
        var entity = Id(input.Evidence, "evidence");
        var why = Text(input.Why, "why", 1000, required: true)!;
        return new Target(id, country, kind, description, [new Evidence(entity, why)]);
    }

    public static Team Team(TeamInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = Id(input.Id, "id", slash: false);
        var name = Text(input.Name, "name", 200, required: true)!;
        var zone = Zone(input.Zone, "zone");
        var lead = Id(input.Lead, "lead");
        var members = List(input.Members, "members").Select(m => Id(m, "members")).ToList();
        var interpreter = OptionalId(input.Interpreter, "interpreter");
        var support = OptionalId(input.VictimSupport, "victimSupport");
        var financial = OptionalId(input.Financial, "financial");
        var targets = List(input.Targets, "targets").Select(t => Id(t, "targets", slash: false)).ToList();
        if (targets.Count == 0)
        {
            throw new FieldException("targets", "pick at least one target for the team");
        }

        var briefing = Text(input.Briefing, "briefing", 20_000, required: false);
        var equipment = List(input.Equipment, "equipment").Select(e => Text(e, "equipment", 200, required: true)!).ToList();
        return new Team(id, name, zone, new TeamRoster(lead, members, interpreter, support, financial), targets, briefing, equipment);
    }

    public static DateTimeOffset HHour(HHourInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!DateOnly.TryParseExact((input.Date ?? string.Empty).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FieldException("date", $"'{Cut(input.Date)}' is not a date (YYYY-MM-DD)");
        }

        if (!TimeOnly.TryParseExact((input.Time ?? string.Empty).Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new FieldException("time", $"'{Cut(input.Time)}' is not a time (HH:MM)");
        }

        return TimeZones.ToInstant(date, time, TimeZones.Find(Zone(input.Zone, "zone")));
    }

    public static TeamReport Report(ReportInput input, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(input);
        var statusText = (input.Status ?? string.Empty).Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!Enum.TryParse<TeamStatus>(statusText, ignoreCase: true, out var status) || !Enum.IsDefined(status) || status == TeamStatus.Briefed || int.TryParse(statusText, out _))
        {
            throw new FieldException("status", $"'{Cut(input.Status)}' is not en-route, entered, secured, finished or aborted");
        }

        Count(input.PersonsFound, "personsFound");
        Count(input.Arrests, "arrests");
        var victims = new List<VictimOutcome>();
        foreach (var v in List(input.Victims, "victims"))
        {
            VictimPseudonym pseudonym;
            try
            {
                pseudonym = VictimPseudonym.Parse(v?.Pseudonym ?? string.Empty);
            }
            catch (FormatException e)
            {
                throw new FieldException("victims.pseudonym", e.Message);
            }

            Referral? referral = null;
            var centre = v!.Centre?.Trim();
            var on = v.On?.Trim();
            if (!string.IsNullOrEmpty(centre) || !string.IsNullOrEmpty(on))
            {
                if (!DateOnly.TryParseExact(on ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    throw new FieldException("victims.on", $"'{Cut(on)}' is not a date (YYYY-MM-DD): a referral is to centre X on date Y");
                }

                try
                {
                    referral = new Referral(centre ?? string.Empty, day);
                }
                catch (ArgumentException e)
                {
                    throw new FieldException("victims.centre", e.Message);
                }
            }

            victims.Add(new VictimOutcome(pseudonym, referral));
        }

        var seized = new List<SeizedItem>();
        foreach (var s in List(input.Seized, "seized"))
        {
            var description = Text(s?.Description, "seized.description", 300, required: true)!;
            if (s!.Quantity is < 1 or > 1_000_000)
            {
                throw new FieldException("seized.quantity", $"{s.Quantity} is not 1-1,000,000");
            }

            seized.Add(new SeizedItem(description, s.Quantity));
        }

        var cash = new List<KeyValuePair<string, decimal>>();
        foreach (var (currency, amount) in input.Cash ?? new Dictionary<string, decimal>())
        {
            var code = (currency ?? string.Empty).Trim().ToUpperInvariant();
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            {
                throw new FieldException("cash", $"'{Cut(currency)}' is not a three-letter currency code (EUR …)");
            }

            if (amount <= 0 || amount > 1_000_000_000m || decimal.Round(amount, 2) != amount)
            {
                throw new FieldException("cash." + code, $"{amount.ToString(CultureInfo.InvariantCulture)} is not an amount above 0 with at most two decimals");
            }

            cash.Add(new(code, amount));
        }

        if ((input.Cash?.Count ?? 0) > MaxList)
        {
            throw new FieldException("cash", $"at most {MaxList} currencies");
        }

        return new TeamReport(at, status, input.PersonsFound, input.Arrests, victims, seized, cash);
    }

    /// <summary>Splits a form's text on commas or new lines into trimmed non-empty items.</summary>
    public static IReadOnlyList<string> Split(string? text, bool commas) =>
        (text ?? string.Empty).Split(commas ? [',', '\n', '\r'] : ['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Count(int n, string field)
    {
        if (n is < 0 or > 10_000)
        {
            throw new FieldException(field, $"{n} is not 0-10,000");
        }
    }

    private static IReadOnlyList<T> List<T>(IReadOnlyList<T>? items, string field) =>
        items is null ? [] : items.Count > MaxList ? throw new FieldException(field, $"at most {MaxList} entries") : items;

    private static string Zone(string? zone, string field)
    {
        var z = (zone ?? string.Empty).Trim();
        if (z.Length is 0 or > 64)
        {
            throw new FieldException(field, "give an IANA time zone (Europe/Brussels …)");
        }

        try
        {
            return TimeZones.Find(z).Id;
        }
        catch (Exception e) when (e is ArgumentException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new FieldException(field, $"'{Cut(z)}' is not an IANA time zone (Europe/Brussels …)");
        }
    }

    private static string Id(string? value, string field, bool slash = true)
    {
        var v = (value ?? string.Empty).Trim();
        if (v.Length == 0)
        {
            throw new FieldException(field, "required");
        }

        if (v.Length > 64 || !v.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '+' || (slash && c == '/')))
        {
            throw new FieldException(field, $"'{Cut(v)}' is not an id (1-64 ASCII letters, digits and - _ . : +{(slash ? " /" : string.Empty)})");
        }

        return v;
    }

    private static string? OptionalId(string? value, string field) => string.IsNullOrWhiteSpace(value) ? null : Id(value, field);

    private static string? Text(string? value, string field, int max, bool required)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return required ? throw new FieldException(field, "required") : null;
        }

        if (v.Length > max)
        {
            throw new FieldException(field, $"at most {max} characters (got {v.Length})");
        }

        if (v.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new FieldException(field, "control characters are not allowed");
        }

        return v;
    }

    private static string Cut(string? text) => text is null ? string.Empty : text.Length > 40 ? text[..40] + "…" : text;
}
