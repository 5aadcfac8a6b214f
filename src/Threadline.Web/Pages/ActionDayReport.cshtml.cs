using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Threadline.Security.Access;
using Threadline.Web.ActionDays;
using Threadline.Web.Cases;
using Threadline.Web.Security;

namespace Threadline.Web.Pages;

/// <summary>
/// A team's report page, sized for a phone: the team's H-hour on its own clock, its status, and a form to report a new
/// status with the outcomes found since the last report (persons found, arrests, victims by pseudonym with their
/// referral, items seized, cash by currency). Members of the case file report; the others read.
/// </summary>
[Access(AccessKind.CaseData)]
public sealed class ActionDayReportModel : PageModel
{
    /// <summary>Rows of each repeatable kind the form offers.</summary>
    public const int Rows = 3;

    public TeamBoard Team { get; private set; } = null!;

    public string Case { get; private set; } = string.Empty;

    public string Day { get; private set; } = string.Empty;

    public bool CanWrite { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public IActionResult OnGet(string reference, string team, string? day, int? sent)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        Done = sent is > 0 ? $"Report {sent} sent." : null;
        return Show(work, team, day);
    }

    public IActionResult OnPost(string reference, string team, string? day, string? status, string? personsFound, string? arrests,
        string[]? victim, string[]? centre, string[]? on, string[]? item, string[]? quantity, string[]? currency, string[]? amount)
    {
        using var work = CaseWrites.Open(HttpContext, reference);
        if (work is null || !Api.ActionDayApi.ValidDay(day) || team is not { Length: > 0 and <= 64 })
        {
            return PostAnswers.NotFound();
        }

        var dayId = ActionDayViews.DayOf(work.File, day).Id;
        int number;
        try
        {
            var input = new DayReportInput(status, Number(personsFound, "personsFound"), Number(arrests, "arrests"),
                Rows3(victim, centre, on).Select(v => new DayVictimInput(v.A, v.B, v.C)).ToList(),
                Rows3(item, quantity, null).Select(s => new DaySeizedInput(s.A, Number(s.B, "seized.quantity"))).ToList(),
                Cash(currency, amount));
            number = ActionDayWrites.Report(work, dayId, team, input);
        }
        catch (CaseWriteRefusedException)
        {
            return new ContentResult { StatusCode = StatusCodes.Status403Forbidden, ContentType = "text/plain; charset=utf-8", Content = "Only members of the case file write to it." };
        }
        catch (KeyNotFoundException)
        {
            return PostAnswers.NotFound();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            Error = e.Message;
            Response.StatusCode = e is InvalidOperationException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            work.Reload();
            return Show(work, team, day);
        }

        return Redirect("/cases/" + Uri.EscapeDataString(work.Reference) + "/action-day/teams/" + Uri.EscapeDataString(team) + "/report?sent="
            + number.ToString(CultureInfo.InvariantCulture) + (day is null ? string.Empty : "&day=" + Uri.EscapeDataString(day)));
    }

    private IActionResult Show(CaseWork? work, string team, string? day)
    {
        if (work is null || !Api.ActionDayApi.ValidDay(day) || team is not { Length: > 0 and <= 64 })
        {
            return NotFound();
        }

        var d = ActionDayViews.DayOf(work.File, day);
        if (ActionDayViews.Board(work.File, d).Teams.FirstOrDefault(t => string.Equals(t.Id, team, StringComparison.Ordinal)) is not { } board)
        {
            return NotFound();
        }

        Team = board;
        Case = work.Reference;
        Day = d.Id;
        CanWrite = work.CanWrite;
        return Page();
    }

    private static int Number(string? text, string field)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? 0
            : int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10_000_000 ? n
            : throw new FieldException(field, $"'{(t.Length > 20 ? t[..20] : t)}' is not a whole number");
    }

    /// <summary>Rows of up to three parallel fields, the empty ones left out; at most <see cref="ActionDayForms.MaxList"/>.</summary>
    private static List<(string? A, string? B, string? C)> Rows3(string[]? a, string[]? b, string[]? c)
    {
        var n = Math.Max(a?.Length ?? 0, Math.Max(b?.Length ?? 0, c?.Length ?? 0));
        if (n > ActionDayForms.MaxList)
        {
            throw new FieldException("rows", $"at most {ActionDayForms.MaxList}");
        }

        var rows = new List<(string?, string?, string?)>();
        for (var i = 0; i < n; i++)
        {
            var row = (At(a, i), At(b, i), At(c, i));
            if (row.Item1 is not null || row.Item2 is not null || row.Item3 is not null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static Dictionary<string, decimal> Cash(string[]? currency, string[]? amount)
    {
        var cash = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, text, _) in Rows3(currency, amount, null))
        {
            if (code is null)
            {
                throw new FieldException("currency", "give the currency of each amount (EUR …)");
            }

            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new FieldException("amount", $"'{text}' is not an amount (1250.50)");
            }

            var key = code.ToUpperInvariant();
            cash[key] = cash.GetValueOrDefault(key) + value;
        }

        return cash;
    }

    private static string? At(string[]? values, int i) => values is not null && i < values.Length && !string.IsNullOrWhiteSpace(values[i]) ? values[i].Trim() : null;
}
