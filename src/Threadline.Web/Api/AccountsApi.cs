using Threadline.Application.Queries;
using Threadline.Application.Queries.Accounts;

namespace Threadline.Web.Api;

/// <summary><c>/api/accounts/{key}</c>: flows in and out, findings with evidence, traces forward and backward.</summary>
internal static class AccountsApi
{
    public static void MapAccountsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/accounts/{key}", (Investigation inv, string key, int? offset, int? limit, string? format) =>
        {
            if (AccountQueries.View(inv, key, offset, limit) is not { } view)
            {
                return Results.NotFound();
            }

            return ApiEndpoints.WantsCsv(format)
                ? Csv.File("account-transactions", ["id", "booked_at", "from", "from_name", "to", "to_name", "amount", "currency", "method", "city", "remittance", "locator"],
                    view.Transactions.Items.Select(t => (IReadOnlyList<object?>)[t.Id, t.BookedAt, t.From, t.FromName, t.To, t.ToName, t.Amount, t.Currency, t.Method, t.City, t.Remittance, t.Locator]))
                : Results.Ok(view);
        }).WithName("Account").WithSummary("One account: holder, findings with evidence, leads it is tied to, money in and out by counterparty and country, transactions (paged; ?format=csv), traces with amounts conserved.");
    }
}
