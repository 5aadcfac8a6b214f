using System.Globalization;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Money;

namespace Threadline.Application.Money;

/// <summary>
/// Bank transactions as FollowTheMoney Payments between BankAccounts, and back. Cash has no
/// account on one side: that side is left empty, as the bank file leaves it.
/// </summary>
public static class PaymentStatements
{
    public const string Producer = "ingest.transactions";
    public static readonly string Version = typeof(BankTransaction).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static string PaymentId(string transactionId) => Ids.Make("payment", transactionId);

    public static string AccountId(string accountKey) => Ids.Make("account", accountKey);

    public static void Add(List<Statement> output, BankTransaction tx, string sourceId)
    {
        var id = PaymentId(tx.Id);
        var locator = tx.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(tx.SourceFile)}:{line}") : Path.GetFileName(tx.SourceFile);
        var when = tx.BookingDate;
        void S(string entity, string schema, string property, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                output.Add(new Statement(entity, schema, property, value.Trim(), sourceId, locator, Producer, Version, when, when));
            }
        }

        S(id, "Payment", "transactionNumber", tx.Id);
        S(id, "Payment", "amount", tx.Amount.ToString(CultureInfo.InvariantCulture));
        S(id, "Payment", "currency", tx.Currency);
        S(id, "Payment", "date", tx.BookingDate.ToString("O", CultureInfo.InvariantCulture));
        S(id, "Payment", "valueDate", tx.ValueDate?.ToString("O", CultureInfo.InvariantCulture));
        S(id, "Payment", "purpose", tx.RemittanceText);
        S(id, "Payment", "method", tx.Method.ToString());
        S(id, "Payment", "city", tx.City);
        S(id, "Payment", "country", tx.Country);
        S(id, "Payment", "format", tx.Format);
        S(id, "Payment", "payerName", tx.Debtor.Name);
        S(id, "Payment", "beneficiaryName", tx.Creditor.Name);
        if (tx.AccountIban is { } own)
        {
            S(id, "Payment", "account", AccountId(own));
        }

        foreach (var (party, role) in new[] { (tx.Debtor, "payer"), (tx.Creditor, "beneficiary") })
        {
            if (party.Iban is null && party.AccountId is null)
            {
                continue;
            }

            var key = party.Iban ?? party.AccountId!;
            var account = AccountId(key);
            S(id, "Payment", role, account);
            S(account, "BankAccount", party.Iban is null ? "accountNumber" : "iban", key);
            S(account, "BankAccount", "holderName", party.Name);
            S(account, "BankAccount", "name", party.Name is null ? key : $"{party.Name} ({key})");
            S(account, "BankAccount", "country", party.Country ?? (party.Iban is { Length: >= 2 } iban ? iban[..2] : null));
            if (party.AddressLines.Count > 0)
            {
                S(account, "BankAccount", "address", string.Join(", ", party.AddressLines));
            }
        }
    }

    private static readonly ValueColumns AccountKeys = new(["iban", "accountNumber"]);

    // What a transaction is made of, and "account": the file a transaction cites is that of the payment's first
    // statement (by first seen, property, value), which is the "account" statement of the file that gives one.
    private static readonly ValueColumns PaymentColumns = new(
    [
        "transactionNumber", "amount", "currency", "date", "valueDate", "purpose", "method", "city", "country", "format",
        "payerName", "beneficiaryName", "payer", "beneficiary", "account",
    ]);

    /// <summary>Reads the workspace's payments back as bank transactions, in time order (values only: at 1M ads the
    /// payments hold ~20M statements, and building whole entities of them took longer than the analysis).</summary>
    public static List<BankTransaction> Read(Threadline.Storage.IWorkspaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Read(store, store.ValuesInStorageOrder("BankAccount", AccountKeys));
    }

    /// <summary>Reads the payments back with the bank accounts the caller has read already (their "iban" and
    /// "accountNumber" among the values), in time order.</summary>
    public static List<BankTransaction> Read(Threadline.Storage.IWorkspaceStore store, IEnumerable<EntityValues> accounts)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(accounts);
        var accountKeyOf = new Dictionary<string, (string Key, bool IsIban)>(StringComparer.Ordinal);
        // In the order the store keeps them (the fastest read: at 1M ads, by id it was a third of `money`); the
        // transactions are put in date order below.
        foreach (var account in accounts)
        {
            if ((account.First("iban") ?? account.First("accountNumber")) is { } key)
            {
                accountKeyOf[account.Id] = (key, Iban.IsValid(key));
            }
        }

        // A few hundred days stand for hundreds of thousands of payments: each date is parsed once.
        var dates = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        DateTimeOffset? Date(string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (dates.TryGetValue(text, out var known))
            {
                return known;
            }

            DateTimeOffset? parsed = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            if (dates.Count < 100_000)
            {
                dates[text] = parsed;
            }

            return parsed;
        }

        var result = new List<BankTransaction>();
        foreach (var p in store.ValuesInStorageOrder("Payment", PaymentColumns))
        {
            if (!decimal.TryParse(p.First("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ||
                Date(p.First("date")) is not { } date)
            {
                continue;
            }

            Party PartyOf(string role, string nameProperty)
            {
                var (key, isIban) = p.First(role) is { } account && accountKeyOf.TryGetValue(account, out var known) ? known : (null, false);
                return new Party(p.First(nameProperty), isIban ? key : null, isIban ? null : key, [], null);
            }

            result.Add(new BankTransaction
            {
                Id = p.First("transactionNumber") ?? p.Id,
                SourceFile = p.Locator ?? string.Empty,
                Format = p.First("format") ?? "workspace",
                Amount = amount,
                Currency = p.First("currency") ?? "EUR",
                BookingDate = date,
                ValueDate = Date(p.First("valueDate")),
                Debtor = PartyOf("payer", "payerName"),
                Creditor = PartyOf("beneficiary", "beneficiaryName"),
                RemittanceLines = p.First("purpose") is { } purpose ? [purpose] : [],
                Method = Enum.TryParse<PaymentMethod>(p.First("method"), out var method) ? method : PaymentMethod.Unknown,
                City = p.First("city"),
                Country = p.First("country"),
            });
        }

        result.Sort((a, b) => a.BookingDate.CompareTo(b.BookingDate) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        return result;
    }
}
