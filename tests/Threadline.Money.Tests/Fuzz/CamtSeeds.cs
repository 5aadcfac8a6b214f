using System.Globalization;
using System.Security;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Threadline.Money.Tests.Fuzz;

/// <summary>camt.053 (v02, v08) and camt.054 (v04) files shaped like the shared samples, one entry per line, and ways to damage one entry.</summary>
internal static class CamtSeeds
{
    public static readonly string[] Versions = ["053.001.02", "053.001.08", "054.001.04"];

    public static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "<Ntry>", "</Ntry>", "<Amt Ccy=\"EUR\">", "</Amt>", "<![CDATA[x]]>", "&amp;", "&#xFFFF;", "&#0;", "&ent;", "<!DOCTYPE d [<!ENTITY e \"x\">]>",
            "<?pi x?>", "<!-- c -->", "<a><a><a><a><a><a><a><a>", "xmlns=\"urn:x\"", "Ccy=\"EURO\"", "<Stmt>", "</Stmt>", "<Acct>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    public static string Namespace(string version) => "urn:iso:std:iso:20022:tech:xsd:camt." + version;

    public static SeedFile File(IReadOnlyList<SeedRecord> records, string version, int victim = -1, Func<string, string>? damage = null)
    {
        var (body, record) = version.StartsWith("053", StringComparison.Ordinal) ? ("BkToCstmrStmt", "Stmt") : ("BkToCstmrDbtCdtNtfctn", "Ntfctn");
        var text = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Append(CultureInfo.InvariantCulture, $"<Document xmlns=\"{Namespace(version)}\"><{body}><GrpHdr><MsgId>MSG1</MsgId><CreDtTm>2026-03-01T10:00:00</CreDtTm></GrpHdr>\n")
            .Append(CultureInfo.InvariantCulture, $"<{record}><Id>S1</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id><Ownr><Nm>Own Account</Nm></Ownr></Acct>\n");
        var line = 4;
        int from = 0, to = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var entry = Entry(records[i], version);
            if (i == victim && damage is not null)
            {
                entry = damage(entry);
                (from, to) = (line, line + SeedFile.Lines(entry) - 1);
            }

            text.Append(entry).Append('\n');
            line += SeedFile.Lines(entry);
        }

        text.Append(CultureInfo.InvariantCulture, $"</{record}></{body}></Document>\n");
        return new SeedFile(Encoding.UTF8.GetBytes(text.ToString()), from, to);
    }

    public static string Entry(SeedRecord r, string version)
    {
        var v8 = version.EndsWith("08", StringComparison.Ordinal);
        string Party(string tag, string name) => v8 ? $"<{tag}><Pty><Nm>{SecurityElement.Escape(name)}</Nm></Pty></{tag}>" : $"<{tag}><Nm>{SecurityElement.Escape(name)}</Nm></{tag}>";
        var status = v8 ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>";
        var date = r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"<Ntry><Amt Ccy=\"EUR\">{r.AmountText}</Amt><CdtDbtInd>{(r.Credit ? "CRDT" : "DBIT")}</CdtDbtInd>{status}<BookgDt><Dt>{date}</Dt></BookgDt><ValDt><Dt>{date}</Dt></ValDt>"
            + $"<AcctSvcrRef>{r.Reference}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>"
            + $"<NtryDtls><TxDtls><Refs><EndToEndId>E2E-{r.Reference}</EndToEndId></Refs><RltdPties>{Party("Dbtr", r.Debtor)}<DbtrAcct><Id><IBAN>{r.DebtorIban}</IBAN></Id></DbtrAcct>"
            + $"{Party("Cdtr", r.Creditor)}<CdtrAcct><Id><IBAN>{r.CreditorIban}</IBAN></Id></CdtrAcct></RltdPties><RmtInf><Ustrd>{SecurityElement.Escape(r.Remittance)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }

    /// <summary>One structural or value damage to an entry, keeping the XML well-formed.</summary>
    public static string Damage(Random rng, string entry, string version)
    {
        var ns = Namespace(version);
        XNamespace x = ns;
        var root = XElement.Parse(entry.Replace("<Ntry>", $"<Ntry xmlns=\"{ns}\">", StringComparison.Ordinal));
        var all = root.Descendants().ToList();
        var leaves = all.Where(e => !e.HasElements).ToList();
        var pick = all[rng.Next(all.Count)];
        switch (rng.Next(11))
        {
            case 0:
                leaves[rng.Next(leaves.Count)].Value = XmlSafe(Mutations.HostileValues[rng.Next(Mutations.HostileValues.Length)]);
                break;
            case 1:
                root.Element(x + "Amt")!.SetAttributeValue("Ccy", XmlSafe(Mutations.HostileValues[rng.Next(Mutations.HostileValues.Length)]));
                break;
            case 2:
                pick.Remove();
                break;
            case 3:
                pick.AddAfterSelf(new XElement(pick));
                break;
            case 4:
                var depth = new[] { 5, 70, 2000 }[rng.Next(3)];
                var nest = new XElement(x + "Nest", "deep");
                for (var d = 1; d < depth; d++)
                {
                    nest = new XElement(x + "Nest", nest);
                }

                pick.Add(nest);
                break;
            case 5:
                leaves[rng.Next(leaves.Count)].Value = new string('V', 20_000);
                break;
            case 6:
                var detail = root.Descendants(x + "TxDtls").First();
                var copies = Enumerable.Range(0, 1 + rng.Next(40)).Select(_ => new XElement(detail)).ToList();
                if (rng.Next(2) == 0)
                {
                    copies.ForEach(c => c.AddFirst(new XElement(x + "Amt", new XAttribute("Ccy", "EUR"), "1.00")));
                }

                detail.AddAfterSelf(copies);
                break;
            case 7:
                var amount = root.Element(x + "Amt")!;
                amount.Name = XName.Get("Amt", "urn:other");
                break;
            case 8:
                pick.Name = x + "Renamed" + rng.Next(3).ToString(CultureInfo.InvariantCulture);
                break;
            case 9:
                leaves[rng.Next(leaves.Count)].Value = "line one\nline two\r\nline three";
                break;
            default:
                root.Element(x + "Amt")!.ReplaceNodes(new XCData(root.Element(x + "Amt")!.Value));
                break;
        }

        return root.ToString(SaveOptions.DisableFormatting).Replace($" xmlns=\"{ns}\"", string.Empty, StringComparison.Ordinal);
    }

    // Characters XML 1.0 cannot carry are left out (they would make the whole document malformed, which is not one entry's damage).
    private static string XmlSafe(string value) => new(value.Where(XmlConvert.IsXmlChar).ToArray());
}
