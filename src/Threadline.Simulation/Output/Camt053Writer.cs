using System.Globalization;
using System.Text;
using System.Xml;
using Threadline.Simulation.Money;

namespace Threadline.Simulation.Output;

/// <summary>
/// ISO 20022 camt.053.001.02 bank-to-customer statements, one file per account and calendar month, with
/// opening (OPBD) and closing (CLBD) balances, a transactions summary and one Ntry per booking, in the
/// element order of the camt.053.001.02 schema.
/// </summary>
internal static class Camt053Writer
{
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    /// <summary>Writes the statements of <paramref name="account"/> for every month from <paramref name="start"/> to <paramref name="end"/>; returns the files written (relative).</summary>
    public static List<string> Write(string root, Account account, List<Tx> txs, DateOnly start, DateOnly end)
    {
        txs.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
        var files = new List<string>();
        var balance = account.Opening;
        var month = new DateOnly(start.Year, start.Month, 1);
        var k = 0;
        var seq = 0;
        while (month <= end)
        {
            var next = month.AddMonths(1);
            var from = month < start ? start : month;
            var to = next.AddDays(-1) > end ? end : next.AddDays(-1);
            var first = k;
            while (k < txs.Count && txs[k].Date < next)
            {
                k++;
            }

            seq++;
            var rel = Layout.Rel(Layout.Camt, account.Iban, account.Iban + "-" + month.ToString("yyyy-MM", CultureInfo.InvariantCulture) + ".xml");
            balance = WriteMonth(Path.Combine(root, rel), account, txs, first, k, balance, from, to, seq);
            files.Add(rel);
            month = next;
        }

        return files;
    }

    private static decimal WriteMonth(string path, Account account, List<Tx> txs, int first, int last, decimal opening, DateOnly from, DateOnly to, int seq)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var created = to.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T06:00:00+00:00";
        var id = account.Iban + "-" + from.ToString("yyyyMM", CultureInfo.InvariantCulture);
        decimal credit = 0, debit = 0;
        var nCredit = 0;
        var nDebit = 0;
        for (var i = first; i < last; i++)
        {
            if (IsCredit(account, txs[i]))
            {
                credit += txs[i].Amount;
                nCredit++;
            }
            else
            {
                debit += txs[i].Amount;
                nDebit++;
            }
        }

        var closing = opening + credit - debit;
        using var fs = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 15);
        using var w = XmlWriter.Create(fs, Settings);
        w.WriteStartDocument();
        w.WriteStartElement("Document", Namespace);
        w.WriteStartElement("BkToCstmrStmt");
        w.WriteStartElement("GrpHdr");
        w.WriteElementString("MsgId", "STMT" + id);
        w.WriteElementString("CreDtTm", created);
        w.WriteStartElement("MsgPgntn");
        w.WriteElementString("PgNb", "1");
        w.WriteElementString("LastPgInd", "true");
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("Stmt");
        w.WriteElementString("Id", id);
        w.WriteElementString("ElctrncSeqNb", seq.ToString(CultureInfo.InvariantCulture));
        w.WriteElementString("CreDtTm", created);
        w.WriteStartElement("FrToDt");
        w.WriteElementString("FrDtTm", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+00:00");
        w.WriteElementString("ToDtTm", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59+00:00");
        w.WriteEndElement();
        w.WriteStartElement("Acct");
        w.WriteStartElement("Id");
        w.WriteElementString("IBAN", account.Iban);
        w.WriteEndElement();
        w.WriteElementString("Ccy", "EUR");
        w.WriteStartElement("Ownr");
        w.WriteElementString("Nm", account.OwnerName);
        w.WriteEndElement();
        w.WriteStartElement("Svcr");
        w.WriteStartElement("FinInstnId");
        w.WriteElementString("BIC", account.Bic);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        Balance(w, "OPBD", opening, from.AddDays(-1));
        Balance(w, "CLBD", closing, to);
        w.WriteStartElement("TxsSummry");
        w.WriteStartElement("TtlNtries");
        w.WriteElementString("NbOfNtries", (nCredit + nDebit).ToString(CultureInfo.InvariantCulture));
        w.WriteElementString("Sum", Amount(credit + debit));
        w.WriteElementString("TtlNetNtryAmt", Amount(Math.Abs(credit - debit)));
        w.WriteElementString("CdtDbtInd", credit >= debit ? "CRDT" : "DBIT");
        w.WriteEndElement();
        w.WriteStartElement("TtlCdtNtries");
        w.WriteElementString("NbOfNtries", nCredit.ToString(CultureInfo.InvariantCulture));
        w.WriteElementString("Sum", Amount(credit));
        w.WriteEndElement();
        w.WriteStartElement("TtlDbtNtries");
        w.WriteElementString("NbOfNtries", nDebit.ToString(CultureInfo.InvariantCulture));
        w.WriteElementString("Sum", Amount(debit));
        w.WriteEndElement();
        w.WriteEndElement();
        for (var i = first; i < last; i++)
        {
            Entry(w, account, txs[i]);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        return closing;
    }

    private static bool IsCredit(Account account, Tx tx) => ReferenceEquals(tx.Creditor, account) || (tx.Creditor is not null && string.Equals(tx.Creditor.Iban, account.Iban, StringComparison.Ordinal));

    private static void Entry(XmlWriter w, Account account, Tx tx)
    {
        var credit = IsCredit(account, tx);
        w.WriteStartElement("Ntry");
        w.WriteStartElement("Amt");
        w.WriteAttributeString("Ccy", "EUR");
        w.WriteString(Amount(tx.Amount));
        w.WriteEndElement();
        w.WriteElementString("CdtDbtInd", credit ? "CRDT" : "DBIT");
        w.WriteElementString("Sts", "BOOK");
        w.WriteStartElement("BookgDt");
        w.WriteElementString("Dt", tx.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteStartElement("ValDt");
        w.WriteElementString("Dt", tx.ValueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteElementString("AcctSvcrRef", tx.Id);
        var (family, sub) = Code(tx.Method, credit);
        w.WriteStartElement("BkTxCd");
        w.WriteStartElement("Domn");
        w.WriteElementString("Cd", "PMNT");
        w.WriteStartElement("Fmly");
        w.WriteElementString("Cd", family);
        w.WriteElementString("SubFmlyCd", sub);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("NtryDtls");
        w.WriteStartElement("TxDtls");
        w.WriteStartElement("Refs");
        w.WriteElementString("AcctSvcrRef", tx.Id);
        w.WriteElementString("EndToEndId", tx.Id);
        w.WriteEndElement();
        w.WriteStartElement("RltdPties");
        Party(w, "Dbtr", "DbtrAcct", tx.DebtorName, tx.DebtorIban);
        Party(w, "Cdtr", "CdtrAcct", tx.CreditorName, tx.CreditorIban);
        w.WriteEndElement();
        if (tx.Remittance.Length > 0)
        {
            w.WriteStartElement("RmtInf");
            w.WriteElementString("Ustrd", tx.Remittance);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        var info = tx.Method switch
        {
            "cash_deposit" => "CASH DEPOSIT " + (tx.City ?? "").ToUpperInvariant(),
            "card" => "CARD PAYMENT " + tx.CreditorName.ToUpperInvariant(),
            "remittance" => "INTERNATIONAL TRANSFER " + (tx.Country ?? ""),
            _ => credit ? "CREDIT TRANSFER" : "TRANSFER",
        };
        w.WriteElementString("AddtlNtryInf", info);
        w.WriteEndElement();
    }

    private static void Party(XmlWriter w, string party, string acct, string name, string? iban)
    {
        if (name.Length > 0)
        {
            w.WriteStartElement(party);
            w.WriteElementString("Nm", name);
            w.WriteEndElement();
        }

        if (!string.IsNullOrEmpty(iban))
        {
            w.WriteStartElement(acct);
            w.WriteStartElement("Id");
            w.WriteElementString("IBAN", iban);
            w.WriteEndElement();
            w.WriteEndElement();
        }
    }

    // ISO 20022 external bank transaction codes: PMNT family/sub-family.
    private static (string Family, string Sub) Code(string method, bool credit) => method switch
    {
        "cash_deposit" => ("CNTR", "CDPT"),
        "cash_withdrawal" => ("CNTR", "CWDL"),
        "card" => ("CCRD", "POSD"),
        "remittance" => ("ICDT", "XBCT"),
        _ => credit ? ("RCDT", "ESCT") : ("ICDT", "ESCT"),
    };

    private static void Balance(XmlWriter w, string code, decimal amount, DateOnly date)
    {
        w.WriteStartElement("Bal");
        w.WriteStartElement("Tp");
        w.WriteStartElement("CdOrPrtry");
        w.WriteElementString("Cd", code);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("Amt");
        w.WriteAttributeString("Ccy", "EUR");
        w.WriteString(Amount(Math.Abs(amount)));
        w.WriteEndElement();
        w.WriteElementString("CdtDbtInd", amount >= 0 ? "CRDT" : "DBIT");
        w.WriteStartElement("Dt");
        w.WriteElementString("Dt", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    public static string Amount(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
