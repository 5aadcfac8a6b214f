using Threadline.Core.Text;

namespace Threadline.Money.Import;

/// <summary>
/// Which header names hold which <see cref="CsvField"/>. Declared (<c>--map amount=Betrag,booking_date=Datum</c>)
/// or detected from the header by name and the other names of <c>Import/Data/bank-columns.tsv</c> (English, Dutch, German, French).
/// </summary>
public sealed class CsvColumnMap
{
    /// <summary>The header names of each field (Import/Data/bank-columns.tsv), loaded once.</summary>
    public static ColumnAliases Aliases { get; } = ColumnAliases.Load(typeof(CsvColumnMap).Assembly, "Threadline.Money.bank-columns.tsv");

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

    /// <summary>Detects the mapping from header names (<see cref="Aliases"/>); the exact canonical name wins over another name.</summary>
    public static CsvColumnMap Detect(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var map = new Dictionary<CsvField, string>();
        var fields = Aliases.Resolve(header);
        for (var i = 0; i < header.Count; i++)
        {
            if (fields[i] is { } name && FieldOf(name) is { } field)
            {
                map[field] = header[i];
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
        var key = ColumnAliases.Key(name);
        foreach (var field in Enum.GetValues<CsvField>())
        {
            if (string.Equals(ColumnAliases.Key(field.ToString()), key, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}
