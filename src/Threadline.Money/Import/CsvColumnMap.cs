using System.Text;

namespace Threadline.Money.Import;

/// <summary>
/// Which header names hold which <see cref="CsvField"/>. Declared (<c>--map amount=Betrag,booking_date=Datum</c>)
/// or detected from the header by name and common synonyms (English, Dutch, German, French).
/// </summary>
public sealed class CsvColumnMap
{
    private static readonly (CsvField Field, string[] Names)[] Synonyms =
    [
        (CsvField.TxId, ["txid", "transactionid", "id", "reference", "ref", "referentie"]),
        (CsvField.BookingDate, ["bookingdate", "date", "bookeddate", "transactiondate", "timestamp", "datetime", "time", "datum", "buchungstag", "boekdatum", "dateoperation"]),
        (CsvField.ValueDate, ["valuedate", "valutadatum", "wertstellung", "datevaleur", "rentedatum"]),
        (CsvField.Amount, ["amount", "value", "bedrag", "betrag", "montant", "sum"]),
        (CsvField.Currency, ["currency", "ccy", "munt", "wahrung", "devise"]),
        (CsvField.DebtorName, ["debtorname", "payer", "payername", "sender", "sendername", "fromname", "originator", "ordername"]),
        (CsvField.DebtorIban, ["debtoriban", "payeriban", "fromiban", "fromaccount", "senderaccount", "senderiban", "debtoraccount", "source", "sourceaccount"]),
        (CsvField.CreditorName, ["creditorname", "payee", "payeename", "beneficiary", "beneficiaryname", "receiver", "receivername", "toname"]),
        (CsvField.CreditorIban, ["creditoriban", "payeeiban", "toiban", "toaccount", "beneficiaryiban", "beneficiaryaccount", "receiveraccount", "creditoraccount", "target", "targetaccount"]),
        (CsvField.Method, ["method", "type", "channel", "transactiontype", "paymentmethod"]),
        (CsvField.City, ["city", "place", "location", "plaats", "ort", "ville"]),
        (CsvField.Country, ["country", "land", "pays", "countrycode"]),
        (CsvField.RemittanceInfo, ["remittanceinfo", "remittance", "description", "purpose", "memo", "communication", "mededeling", "omschrijving", "verwendungszweck", "libelle", "details"]),
    ];

    private readonly Dictionary<CsvField, string> columns;

    private CsvColumnMap(Dictionary<CsvField, string> columns) => this.columns = columns;

    /// <summary>The header name for each mapped field.</summary>
    public IReadOnlyDictionary<CsvField, string> Columns => columns;

    /// <summary>The header name of a field, or null when unmapped.</summary>
    public string? this[CsvField field] => columns.TryGetValue(field, out var name) ? name : null;

    /// <summary>Parses a declared mapping <c>field=Header,field=Header</c> (field names as in docs/formats.md).</summary>
    public static CsvColumnMap Parse(string declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var map = new Dictionary<CsvField, string>();
        foreach (var pair in declaration.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == pair.Length - 1)
            {
                throw new FormatException($"'{pair}' is not field=Header");
            }

            var field = FieldOf(pair[..eq]) ?? throw new FormatException($"'{pair[..eq]}' is not a bank CSV field (tx_id, booking_date, value_date, amount, currency, debtor_name, debtor_iban, creditor_name, creditor_iban, method, city, country, remittance_info)");
            map[field] = pair[(eq + 1)..];
        }

        return new CsvColumnMap(map);
    }

    /// <summary>Builds a mapping from explicit pairs.</summary>
    public static CsvColumnMap From(IReadOnlyDictionary<CsvField, string> columns) => new(new Dictionary<CsvField, string>(columns ?? throw new ArgumentNullException(nameof(columns))));

    /// <summary>Detects the mapping from header names; the exact canonical name wins over a synonym.</summary>
    public static CsvColumnMap Detect(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var map = new Dictionary<CsvField, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, names) in Synonyms)
        {
            // Earlier synonyms are stronger: scan names in order, then headers.
            foreach (var name in names)
            {
                var hit = header.FirstOrDefault(h => !used.Contains(h) && string.Equals(Squash(h), name, StringComparison.Ordinal));
                if (hit is not null)
                {
                    map[field] = hit;
                    used.Add(hit);
                    break;
                }
            }
        }

        return new CsvColumnMap(map);
    }

    /// <summary>The problems that make the mapping unusable (required fields missing), empty when fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!columns.ContainsKey(CsvField.BookingDate))
        {
            problems.Add("no column for booking_date");
        }

        if (!columns.ContainsKey(CsvField.Amount))
        {
            problems.Add("no column for amount");
        }

        if (!columns.ContainsKey(CsvField.DebtorIban) && !columns.ContainsKey(CsvField.DebtorName) && !columns.ContainsKey(CsvField.CreditorIban) && !columns.ContainsKey(CsvField.CreditorName))
        {
            problems.Add("no column for debtor or creditor (iban or name)");
        }

        return problems;
    }

    private static CsvField? FieldOf(string name)
    {
        var squashed = Squash(name);
        foreach (var field in Enum.GetValues<CsvField>())
        {
            if (string.Equals(Squash(field.ToString()), squashed, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    private static string Squash(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var raw in name)
        {
            var c = TextFold.Fold(raw);
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
