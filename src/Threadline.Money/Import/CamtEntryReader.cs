using System.Globalization;
using System.Xml.Linq;

namespace Threadline.Money.Import;

/// <summary>Reads the entries (<c>Ntry</c>) of one camt statement or notification.</summary>
internal static class CamtEntryReader
{
    public static void ReadRecord(CamtContext ctx, XElement record, string path, List<BankTransaction> into)
    {
        var ns = ctx.Ns;
        var statementId = record.Element(ns + "Id")?.Value.Trim();
        var account = record.Element(ns + "Acct") ?? throw CamtReader.Fail(ctx.File, CamtReader.Line(record), path + "/Acct", "missing account");
        var accountId = ReadAccountId(ctx, account, path + "/Acct")
            ?? throw CamtReader.Fail(ctx.File, CamtReader.Line(account), path + "/Acct/Id", "the account has neither IBAN nor other id");
        var ownerName = account.Element(ns + "Ownr")?.Element(ns + "Nm")?.Value.Trim() ?? account.Element(ns + "Nm")?.Value.Trim();
        var own = new Party(ownerName, Iban.Country(accountId) is null ? null : accountId, Iban.Country(accountId) is null ? accountId : null, [], null);

        var entries = record.Elements(ns + "Ntry").ToList();
        for (var e = 0; e < entries.Count; e++)
        {
            var entryPath = string.Create(CultureInfo.InvariantCulture, $"{path}/Ntry[{e + 1}]");
            ReadEntry(ctx, entries[e], entryPath, e, statementId, accountId, own, into);
        }
    }

    private static void ReadEntry(CamtContext ctx, XElement entry, string path, int index, string? statementId, string accountId, Party own, List<BankTransaction> into)
    {
        var ns = ctx.Ns;
        var (amount, currency) = ReadAmount(ctx, entry.Element(ns + "Amt"), path + "/Amt", required: true)!.Value;
        var indicator = entry.Element(ns + "CdtDbtInd")?.Value.Trim();
        var direction = indicator switch
        {
            "CRDT" => CreditDebit.Credit,
            "DBIT" => CreditDebit.Debit,
            _ => throw CamtReader.Fail(ctx.File, CamtReader.Line(entry), path + "/CdtDbtInd", indicator is null ? "missing credit/debit indicator" : $"'{indicator}' is neither CRDT nor DBIT"),
        };
        var status = entry.Element(ns + "Sts") is { } sts ? (sts.Element(ns + "Cd")?.Value ?? sts.Element(ns + "Prtry")?.Value ?? sts.Value).Trim() : null;
        var booking = ReadDate(ctx, entry.Element(ns + "BookgDt"), path + "/BookgDt");
        var value = ReadDate(ctx, entry.Element(ns + "ValDt"), path + "/ValDt");
        var bookingDate = booking ?? value ?? throw CamtReader.Fail(ctx.File, CamtReader.Line(entry), path + "/BookgDt", "the entry has neither booking date nor value date");
        var reversal = string.Equals(entry.Element(ns + "RvslInd")?.Value.Trim(), "true", StringComparison.Ordinal);
        var reference = entry.Element(ns + "AcctSvcrRef")?.Value.Trim() ?? entry.Element(ns + "NtryRef")?.Value.Trim();
        var code = ReadCode(ns, entry.Element(ns + "BkTxCd"));

        var details = entry.Elements(ns + "NtryDtls").SelectMany(d => d.Elements(ns + "TxDtls")).ToList();
        var template = new BankTransaction
        {
            Id = string.Empty,
            SourceFile = ctx.File,
            Format = ctx.Format,
            Line = CamtReader.Line(entry),
            AccountIban = accountId,
            StatementId = statementId,
            EntryIndex = index,
            Direction = direction,
            Amount = amount,
            Currency = currency,
            EntryAmount = amount,
            EntryCurrency = currency,
            BookingDate = bookingDate,
            ValueDate = value,
            Debtor = direction == CreditDebit.Debit ? own : Party.Empty,
            Creditor = direction == CreditDebit.Credit ? own : Party.Empty,
            EntryReference = reference,
            Status = status,
            Reversal = reversal,
            BankTransactionCode = code,
            Method = MethodFromCode(code),
        };
        if (details.Count == 0)
        {
            into.Add(template);
            return;
        }

        var parsed = new List<DetailParts>(details.Count);
        for (var d = 0; d < details.Count; d++)
        {
            parsed.Add(ReadDetail(ctx, details[d], string.Create(CultureInfo.InvariantCulture, $"{path}/NtryDtls/TxDtls[{d + 1}]")));
        }

        if (parsed.Count == 1 || parsed.TrueForAll(p => p.Amount is not null))
        {
            for (var d = 0; d < parsed.Count; d++)
            {
                into.Add(Compose(template, parsed[d], d, own, direction, parsed.Count == 1 ? null : parsed[d].Amount));
            }

            return;
        }

        // Several details without their own amounts: the entry's amount cannot be split, so the entry
        // stays one transaction carrying every detail's parties and remittance text.
        var merged = new DetailParts(
            null,
            parsed.Select(p => p.Debtor).FirstOrDefault(p => !p.IsEmpty) ?? Party.Empty,
            parsed.Select(p => p.Creditor).FirstOrDefault(p => !p.IsEmpty) ?? Party.Empty,
            parsed.SelectMany(p => p.Lines).ToList(),
            parsed.SelectMany(p => p.References).ToList(),
            parsed.Select(p => p.EndToEnd).FirstOrDefault(x => x is not null),
            parsed.Select(p => p.Code).FirstOrDefault(x => x is not null));
        into.Add(Compose(template, merged, 0, own, direction, null));
    }

    private static BankTransaction Compose(BankTransaction template, DetailParts part, int index, Party own, CreditDebit direction, (decimal Amount, string Currency)? amount)
    {
        // The statement's own account is the creditor of a credit and the debtor of a debit when the
        // detail does not name it.
        var debtor = direction == CreditDebit.Debit ? Fill(part.Debtor, own) : part.Debtor;
        var creditor = direction == CreditDebit.Credit ? Fill(part.Creditor, own) : part.Creditor;
        var code = part.Code ?? template.BankTransactionCode;
        return template with
        {
            DetailIndex = index,
            Amount = amount?.Amount ?? template.Amount,
            DetailAmount = part.Amount?.Amount,
            DetailCurrency = part.Amount?.Currency,
            Currency = amount?.Currency ?? template.Currency,
            Debtor = debtor,
            Creditor = creditor,
            RemittanceLines = part.Lines,
            CreditorReferences = part.References,
            EndToEndId = part.EndToEnd,
            BankTransactionCode = code,
            Method = MethodFromCode(code),
        };
    }

    private static Party Fill(Party named, Party own) =>
        named.Iban is null && named.AccountId is null ? named with { Iban = own.Iban, AccountId = own.AccountId, Name = named.Name ?? own.Name } : named;

    private static DetailParts ReadDetail(CamtContext ctx, XElement detail, string path)
    {
        var ns = ctx.Ns;
        var amount = ReadAmount(ctx, detail.Element(ns + "Amt"), path + "/Amt", required: false)
            ?? ReadAmount(ctx, detail.Element(ns + "AmtDtls")?.Element(ns + "TxAmt")?.Element(ns + "Amt"), path + "/AmtDtls/TxAmt/Amt", required: false);
        var parties = detail.Element(ns + "RltdPties");
        var debtor = ReadParty(ctx, parties?.Element(ns + "Dbtr"), parties?.Element(ns + "DbtrAcct"), path + "/RltdPties/DbtrAcct");
        var creditor = ReadParty(ctx, parties?.Element(ns + "Cdtr"), parties?.Element(ns + "CdtrAcct"), path + "/RltdPties/CdtrAcct");
        var remittance = detail.Element(ns + "RmtInf");
        var lines = remittance?.Elements(ns + "Ustrd").Select(u => u.Value.Trim()).Where(s => s.Length > 0).ToList() ?? [];
        var references = remittance?.Elements(ns + "Strd").Select(s => s.Element(ns + "CdtrRefInf")?.Element(ns + "Ref")?.Value.Trim())
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList() ?? [];
        var endToEnd = detail.Element(ns + "Refs")?.Element(ns + "EndToEndId")?.Value.Trim();
        if (string.Equals(endToEnd, "NOTPROVIDED", StringComparison.Ordinal) || string.IsNullOrEmpty(endToEnd))
        {
            endToEnd = null;
        }

        return new DetailParts(amount, debtor, creditor, lines, references, endToEnd, ReadCode(ns, detail.Element(ns + "BkTxCd")));
    }

    private static Party ReadParty(CamtContext ctx, XElement? party, XElement? account, string accountPath)
    {
        var ns = ctx.Ns;
        // camt v02–v07: Dbtr/Nm; v08: Dbtr/Pty/Nm.
        var core = party?.Element(ns + "Pty") ?? party;
        var name = core?.Element(ns + "Nm")?.Value.Trim();
        var address = core?.Element(ns + "PstlAdr");
        var lines = new List<string>();
        string? country = null;
        if (address is not null)
        {
            foreach (var part in new[] { "StrtNm", "BldgNb", "PstCd", "TwnNm" })
            {
                if (address.Element(ns + part)?.Value.Trim() is { Length: > 0 } text)
                {
                    lines.Add(text);
                }
            }

            lines.AddRange(address.Elements(ns + "AdrLine").Select(a => a.Value.Trim()).Where(a => a.Length > 0));
            country = address.Element(ns + "Ctry")?.Value.Trim();
        }

        var id = account is null ? null : ReadAccountId(ctx, account, accountPath);
        var isIban = id is not null && account?.Element(ns + "Id")?.Element(ns + "IBAN") is not null;
        return new Party(string.IsNullOrEmpty(name) ? null : name, isIban ? id : null, isIban ? null : id, lines, string.IsNullOrEmpty(country) ? null : country);
    }

    private static string? ReadAccountId(CamtContext ctx, XElement account, string path)
    {
        var ns = ctx.Ns;
        var id = account.Element(ns + "Id");
        if (id?.Element(ns + "IBAN") is { } ibanElement)
        {
            var iban = Iban.Normalize(ibanElement.Value);
            if (!Iban.IsValid(iban))
            {
                throw CamtReader.Fail(ctx.File, CamtReader.Line(ibanElement), path + "/Id/IBAN", $"'{ibanElement.Value.Trim()}' is not a valid IBAN (ISO 13616 mod-97 check fails)");
            }

            return iban;
        }

        var other = id?.Element(ns + "Othr")?.Element(ns + "Id")?.Value.Trim();
        return string.IsNullOrEmpty(other) ? null : other;
    }

    private static (decimal Amount, string Currency)? ReadAmount(CamtContext ctx, XElement? element, string path, bool required)
    {
        if (element is null)
        {
            return required ? throw CamtReader.Fail(ctx.File, null, path, "missing amount") : null;
        }

        var currency = element.Attribute("Ccy")?.Value.Trim();
        if (!Currencies.IsCode(currency))
        {
            throw CamtReader.Fail(ctx.File, CamtReader.Line(element), path + "/@Ccy", currency is null ? "missing currency" : $"'{currency}' is not an ISO 4217 code");
        }

        if (!decimal.TryParse(element.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            throw CamtReader.Fail(ctx.File, CamtReader.Line(element), path, $"'{element.Value.Trim()}' is not a non-negative decimal amount");
        }

        return (amount, currency!);
    }

    private static DateTimeOffset? ReadDate(CamtContext ctx, XElement? element, string path)
    {
        if (element is null)
        {
            return null;
        }

        var inner = element.Element(ctx.Ns + "DtTm") ?? element.Element(ctx.Ns + "Dt");
        if (inner is null || !DateParsing.TryParse(inner.Value, out var value))
        {
            throw CamtReader.Fail(ctx.File, CamtReader.Line(element), path, inner is null ? "neither Dt nor DtTm inside" : $"'{inner.Value.Trim()}' is not an ISO 8601 date");
        }

        return value;
    }

    private static string? ReadCode(XNamespace ns, XElement? code)
    {
        if (code is null)
        {
            return null;
        }

        var domain = code.Element(ns + "Domn");
        if (domain is not null)
        {
            var family = domain.Element(ns + "Fmly");
            return string.Join('/', new[] { domain.Element(ns + "Cd")?.Value, family?.Element(ns + "Cd")?.Value, family?.Element(ns + "SubFmlyCd")?.Value }
                .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        }

        return code.Element(ns + "Prtry")?.Element(ns + "Cd")?.Value.Trim();
    }

    // ISO 20022 external bank transaction codes: family CWDL = cash withdrawal, CDPT = cash deposit,
    // CCRD/POSD = card; transfers are ICDT/RCDT.
    private static PaymentMethod MethodFromCode(string? code)
    {
        if (code is null)
        {
            return PaymentMethod.Transfer;
        }

        if (code.Contains("/CWDL", StringComparison.Ordinal))
        {
            return PaymentMethod.CashWithdrawal;
        }

        if (code.Contains("/CDPT", StringComparison.Ordinal))
        {
            return PaymentMethod.CashDeposit;
        }

        return code.Contains("CCRD", StringComparison.Ordinal) || code.Contains("POSD", StringComparison.Ordinal) ? PaymentMethod.Card : PaymentMethod.Transfer;
    }

    private sealed record DetailParts(
        (decimal Amount, string Currency)? Amount,
        Party Debtor,
        Party Creditor,
        IReadOnlyList<string> Lines,
        IReadOnlyList<string> References,
        string? EndToEnd,
        string? Code);
}
