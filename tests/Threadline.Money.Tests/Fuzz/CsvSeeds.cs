using System.Globalization;
using System.Text;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>Bank CSV files as the simulator writes them (canonical header, RFC 4180 quoting), and ways to damage one row.</summary>
internal static class CsvSeeds
{
    public const string Header = "tx_id,booking_date,value_date,amount,currency,debtor_name,debtor_iban,creditor_name,creditor_iban,method,city,country,remittance_info";

    public static readonly byte[][] Tokens = [.. new[] { ",", ";", "\"", "\"\"", "\",\"", "\r\n", "\n\n", "transfer", "cash_deposit", "EUR", "BE71096123456769" }.Select(Encoding.UTF8.GetBytes)];

    public static SeedFile File(IReadOnlyList<SeedRecord> records, int victim = -1, Func<Random, string[], byte[]>? damage = null, Random? rng = null)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Header + "\n"));
        int from = 0, to = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var fields = Fields(records[i]);
            var row = i == victim && damage is not null ? damage(rng!, fields) : Encoding.UTF8.GetBytes(Row(fields));
            if (i == victim)
            {
                var text = Encoding.Latin1.GetString(row);
                (from, to) = (i + 2, i + 2 + SeedFile.Lines(text) - 1);
            }

            bytes.AddRange(row);
            bytes.Add((byte)'\n');
        }

        return new SeedFile([.. bytes], from, to);
    }

    public static string[] Fields(SeedRecord r)
    {
        var date = r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [r.Reference, date, date, r.AmountText, "EUR", r.Debtor, r.DebtorIban, r.Creditor, r.CreditorIban, "transfer", "Gent", "BE", r.Remittance];
    }

    public static string Row(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote));

    /// <summary>One damage to a row: a hostile value in a column, columns missing or added, Latin-1 bytes, a control byte.</summary>
    public static byte[] Damage(Random rng, string[] fields)
    {
        var copy = (string[])fields.Clone();
        switch (rng.Next(6))
        {
            case 0 or 1:
                // Lone CRs are line breaks to some readers and not to others; a record's own damage keeps them inside quotes as CR LF.
                copy[rng.Next(1, copy.Length)] = Mutations.HostileValues[rng.Next(Mutations.HostileValues.Length)].Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', ' ');
                return Encoding.UTF8.GetBytes(Row(copy));
            case 2:
                return Encoding.UTF8.GetBytes(Row(copy.Take(rng.Next(1, copy.Length))));
            case 3:
                return Encoding.UTF8.GetBytes(Row(copy.Concat(Enumerable.Repeat("extra", 1 + rng.Next(300)))));
            case 4:
                copy[5] = "J\u00FCrgen Gro\u00DF";
                return Encoding.Latin1.GetBytes(Row(copy));
            default:
                var row = Encoding.UTF8.GetBytes(Row(copy)).ToList();
                row.Insert(rng.Next(row.Count), (byte)(1 + rng.Next(8)));
                return [.. row];
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
