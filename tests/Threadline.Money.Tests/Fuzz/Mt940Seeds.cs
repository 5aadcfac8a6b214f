using System.Globalization;
using System.Text;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>MT940 statements with German (<c>?20/?31/?32</c>) and Dutch (<c>/CNTP/</c>) <c>:86:</c> fields, and ways to damage one statement line.</summary>
internal static class Mt940Seeds
{
    public static readonly byte[][] Tokens = [.. new[] { ":61:", ":86:", ":20:", ":25:", ":60F:", ":62F:", "?32", "?20SVWZ+", "/CNTP/", "/REMI/", "{1:F01}", "-}", "\n-\n", "RC", "RD", ",", "NONREF" }.Select(Encoding.UTF8.GetBytes)];

    private const string Head = ":20:STMT1\n:25:BE71096123456769\n:28C:00001/001\n:60F:C260101EUR1000,00\n";

    public static SeedFile File(IReadOnlyList<SeedRecord> records, int victim = -1, Func<Random, SeedRecord, int, byte[]>? damage = null, Random? rng = null)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Head));
        var line = 5;
        int from = 0, to = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var block = i == victim && damage is not null ? damage(rng!, records[i], i) : Encoding.UTF8.GetBytes(Block(records[i], i));
            var lines = SeedFile.Lines(Encoding.Latin1.GetString(block)) - 1;
            if (i == victim)
            {
                (from, to) = (line, line + lines - 1);
            }

            bytes.AddRange(block);
            line += lines;
        }

        bytes.AddRange(":62F:C261231EUR1000,00\n"u8.ToArray());
        return new SeedFile([.. bytes], from, to);
    }

    /// <summary>The <c>:61:</c> and <c>:86:</c> lines of a record, each ending in a line feed.</summary>
    public static string Block(SeedRecord r, int index) => Line61(r, index) + Info(r, index);

    public static string Line61(SeedRecord r, int index, string? valueDate = null, string? entryDate = null, string? amount = null, string? mark = null) =>
        $":61:{valueDate ?? r.Date.ToString("yyMMdd", CultureInfo.InvariantCulture)}{entryDate ?? r.Date.ToString("MMdd", CultureInfo.InvariantCulture)}"
        + $"{mark ?? (r.Credit ? "C" : "D")}{amount ?? r.AmountText.Replace('.', ',')}NTRF{r.Reference}//B{index}\n";

    public static string Info(SeedRecord r, int index, string? remittance = null) => index % 2 == 0
        ? $":86:?20SVWZ+{remittance ?? r.Remittance}?31{r.DebtorIban}?32{r.Debtor}\n"
        : $":86:/CNTP/{r.CreditorIban}/GKCCBEBB/{r.Creditor}/Gent/ /REMI/USTD//{remittance ?? r.Remittance}/ /EREF/E2E-{r.Reference}/\n";

    /// <summary>One damage to a statement line: impossible dates, bad amounts or marks, hostile or oversized <c>:86:</c>, Latin-1 or control bytes.</summary>
    public static byte[] Damage(Random rng, SeedRecord r, int index)
    {
        string Hostile() => Mutations.HostileValues[rng.Next(Mutations.HostileValues.Length)].Replace('\r', ' ').Replace('\n', ' ');
        return rng.Next(9) switch
        {
            0 => Utf8(Line61(r, index, valueDate: new[] { "261307", "260230", "999999", "000000", "26013" }[rng.Next(5)]) + Info(r, index)),
            1 => Utf8(Line61(r, index, entryDate: new[] { "0231", "1399", "0000", "1232" }[rng.Next(4)]) + Info(r, index)),
            2 => Utf8(Line61(r, index, amount: new[] { "", ",", "1,2,3", "9999999999999,00", "12.50", "-1,00" }[rng.Next(6)]) + Info(r, index)),
            3 => Utf8(Line61(r, index, mark: new[] { "X", "", "CC", "R" }[rng.Next(4)]) + Info(r, index)),
            4 => Utf8(Line61(r, index) + Info(r, index, remittance: Hostile())),
            5 => Utf8(Line61(r, index) + Info(r, index) + string.Concat(Enumerable.Repeat("continued\n", 50 + rng.Next(200)))),
            6 => Utf8(Line61(r, index) + Info(r, index, remittance: new string('L', 9000))),
            7 => Encoding.Latin1.GetBytes(Line61(r, index) + Info(r, index, remittance: "Miete M\u00E4rz f\u00FCr J\u00FCrgen")),
            _ => Utf8(Line61(r, index)),
        };
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
