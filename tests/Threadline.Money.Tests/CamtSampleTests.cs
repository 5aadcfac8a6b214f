using System.Text.Json;
using Threadline.Money.Import;

namespace Threadline.Money.Tests;

public sealed class CamtSampleTests
{
    [SharedDataFact("camt")]
    public void Every_camt_sample_parses_to_what_its_json_says()
    {
        var xmlFiles = Directory.GetFiles(SharedData.Path("camt"), "*.xml").Where(f => !f.EndsWith(".wrong.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(xmlFiles);
        var checkedEntries = 0;
        foreach (var xml in xmlFiles)
        {
            var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(xml, ".json"))).RootElement;
            var groups = CamtReader.Read(xml).GroupBy(t => (t.StatementId, t.EntryIndex)).Select(g => g.ToList()).ToList();
            var entries = expected.GetProperty("getEntries").EnumerateArray().ToList();
            Assert.True(entries.Count == groups.Count, $"{Path.GetFileName(xml)}: {groups.Count} entries read, {entries.Count} expected");
            for (var i = 0; i < entries.Count; i++)
            {
                CompareEntry(Path.GetFileName(xml) + " entry " + i, entries[i], groups[i]);
                checkedEntries++;
            }
        }

        Assert.True(checkedEntries >= 8, $"only {checkedEntries} entries compared");
    }

    [SharedDataFact("camt")]
    public void The_wrong_sample_is_rejected_naming_file_element_and_reason()
    {
        var file = SharedData.Path("camt", "camt053.v2.wrong.xml");
        var ex = Assert.Throws<BankFileException>(() => CamtReader.Read(file));
        Assert.Equal(file, ex.Issue.File);
        Assert.Equal("BkToCstmrStmt/Stmt", ex.Issue.Element);
        Assert.Contains("no statement", ex.Issue.Reason, StringComparison.Ordinal);
        Assert.Contains("camt053.v2.wrong.xml", ex.Message, StringComparison.Ordinal);
    }

    [SharedDataFact("camt")]
    public void A_batch_keeps_the_good_files_and_reports_the_bad_one()
    {
        var importer = new TransactionImporter();
        var result = importer.Import([SharedData.Path("camt")]);
        Assert.Equal(1, result.FilesRejected);
        var issue = Assert.Single(result.Issues);
        Assert.EndsWith("camt053.v2.wrong.xml", issue.File, StringComparison.Ordinal);
        Assert.True(result.Added.Count >= 8);
    }

    [SharedDataFact("camt")]
    public void Importing_the_same_statement_twice_adds_nothing()
    {
        var importer = new TransactionImporter();
        var file = SharedData.Path("camt", "camt054.v4.xml");
        var first = importer.Import([file]);
        var second = importer.Import([file]);
        Assert.Equal(3, first.Added.Count);
        Assert.Empty(second.Added);
        Assert.Equal(3, second.Duplicates);
        Assert.Equal(3, importer.Transactions.Count);
    }

    private static void CompareEntry(string where, JsonElement entry, List<BankTransaction> txs)
    {
        var first = txs[0];
        var amount = entry.GetProperty("getAmount");
        var sign = first.Direction == CreditDebit.Debit ? -1 : 1;
        Assert.True(long.Parse(amount.GetProperty("getAmount").GetString()!, System.Globalization.CultureInfo.InvariantCulture) == sign * Currencies.ToMinorUnits(first.EntryAmount, first.EntryCurrency), where + ": amount");
        Assert.Equal(amount.GetProperty("getCurrency").GetProperty("getCode").GetString(), first.EntryCurrency);
        Assert.Equal(entry.GetProperty("getCreditDebitIndicator").GetString(), first.Direction == CreditDebit.Credit ? "CRDT" : "DBIT");
        Assert.Equal(entry.GetProperty("getStatus").GetString(), first.Status);
        Assert.Equal(Date(entry.GetProperty("getBookingDate")), first.BookingDate);
        if (entry.GetProperty("getValueDate").ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(Date(entry.GetProperty("getValueDate")), first.ValueDate);
        }

        if (entry.GetProperty("getAccountServicerReference").GetString() is { } reference)
        {
            Assert.Equal(reference, first.EntryReference);
        }

        var account = entry.GetProperty("getRecord").GetProperty("getAccount").GetProperty("getIdentification").GetString();
        Assert.Equal(account, first.AccountIban);

        var details = new List<JsonElement> { entry.GetProperty("getTransactionDetail") };
        details.AddRange(entry.GetProperty("getTransactionDetails").EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object));
        foreach (var detail in details.Where(d => d.ValueKind == JsonValueKind.Object))
        {
            if (detail.GetProperty("getAmount") is { ValueKind: JsonValueKind.Object } detailAmount)
            {
                var minor = long.Parse(detailAmount.GetProperty("getAmount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(txs.Exists(t => t.DetailAmount is { } d && sign * Currencies.ToMinorUnits(d, t.DetailCurrency) == minor), $"{where}: detail amount {minor}");
            }

            foreach (var party in detail.GetProperty("getRelatedParties").EnumerateArray())
            {
                var type = party.GetProperty("getRelatedPartyType");
                var isDebtor = type.GetProperty("__CLASS__").GetString()!.EndsWith("Debtor", StringComparison.Ordinal);
                var name = type.GetProperty("getName").GetString();
                var id = party.GetProperty("getAccount") is { ValueKind: JsonValueKind.Object } acct ? acct.GetProperty("getIdentification").GetString() : null;
                Assert.True(
                    txs.Exists(t => (isDebtor ? t.Debtor : t.Creditor) is var p && p.Name == name && (id is null || (p.Iban ?? p.AccountId) == id)),
                    $"{where}: {(isDebtor ? "debtor" : "creditor")} {name} {id} not found");
            }

            if (detail.GetProperty("getRemittanceInformation") is { ValueKind: JsonValueKind.Object } remittance)
            {
                if (remittance.GetProperty("getMessage").GetString() is { } message)
                {
                    Assert.True(txs.Exists(t => t.RemittanceLines.Contains(message) || t.CreditorReferences.Contains(message)), $"{where}: remittance '{message}'");
                }

                foreach (var block in remittance.GetProperty("getUnstructuredBlocks").EnumerateArray().Where(b => b.ValueKind == JsonValueKind.Object))
                {
                    var text = block.GetProperty("getMessage").GetString()!;
                    Assert.True(txs.Exists(t => t.RemittanceLines.Contains(text)), $"{where}: unstructured '{text}'");
                }
            }

            if (detail.GetProperty("getReference") is { ValueKind: JsonValueKind.Object } refs && refs.GetProperty("getEndToEndId").GetString() is { } endToEnd)
            {
                Assert.Contains(txs, t => t.EndToEndId == endToEnd);
            }
        }
    }

    private static DateTimeOffset Date(JsonElement value) => DateTimeOffset.Parse(value.GetProperty("0").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
