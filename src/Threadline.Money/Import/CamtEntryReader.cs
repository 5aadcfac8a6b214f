using System.Globalization;

namespace Threadline.Money.Import;

/// <summary>Reads the entries (<c>Ntry</c>) of one camt statement or notification.</summary>
internal static class CamtEntryReader
{
    public static CamtRecord ReadRecord(CamtContext ctx, string? statementId, CamtNode account, string path)
    {
        var accountId = ReadAccountId(ctx, account, path)
            ?? throw CamtReader.Fail(ctx.File, account.Line, path + "/Id", "the account has neither IBAN nor other id");
        var ownerName = account.Element("Ownr")?.Element("Nm")?.Value.Trim() ?? account.Element("Nm")?.Value.Trim();
        var own = new Party(ownerName, Iban.Country(accountId) is null ? null : accountId, Iban.Country(accountId) is null ? accountId : null, [], null);
        return new CamtRecord(statementId, accountId, own);
    }

    public static void ReadEntry(CamtContext ctx, CamtRecord record, CamtNode entry, string path, int index, List<BankTransaction> into)
    {
        var (statementId, accountId, own) = (record.StatementId, record.AccountId, record.Own);
        var (amount, currency) = ReadAmount(ctx, entry.Element("Amt"), path + "/Amt", requiredAt: entry.Line)!.Value;
        var indicator = entry.Element("CdtDbtInd")?.Value.Trim();
        var direction = indicator switch
        {
            "CRDT" => CreditDebit.Credit,
            "DBIT" => CreditDebit.Debit,
            _ => throw CamtReader.Fail(ctx.File, entry.Line, path + "/CdtDbtInd", indicator is null ? "missing credit/debit indicator" : $"'{indicator}' is neither CRDT nor DBIT", indicator),
        };
        var status = entry.Element("Sts") is { } sts ? (sts.Element("Cd")?.Value ?? sts.Element("Prtry")?.Value ?? sts.Value).Trim() : null;
        var booking = ReadDate(ctx, entry.Element("BookgDt"), path + "/BookgDt");
        var value = ReadDate(ctx, entry.Element("ValDt"), path + "/ValDt");
        var bookingDate = booking ?? value ?? throw CamtReader.Fail(ctx.File, entry.Line, path + "/BookgDt", "the entry has neither booking date nor value date");
        var reversal = string.Equals(entry.Element("RvslInd")?.Value.Trim(), "true", StringComparison.Ordinal);
        var reference = entry.Element("AcctSvcrRef")?.Value.Trim() ?? entry.Element("NtryRef")?.Value.Trim();
        var code = ReadCode(entry.Element("BkTxCd"));

        var details = entry.Elements("NtryDtls").SelectMany(d => d.Elements("TxDtls")).ToList();
        var template = new BankTransaction
        {
            Id = string.Empty,
            SourceFile = ctx.File,
            Format = ctx.Format,
            Line = entry.Line,
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

    private static DetailParts ReadDetail(CamtContext ctx, CamtNode detail, string path)
    {
        var amount = ReadAmount(ctx, detail.Element("Amt"), path + "/Amt", requiredAt: null)
            ?? ReadAmount(ctx, detail.Element("AmtDtls")?.Element("TxAmt")?.Element("Amt"), path + "/AmtDtls/TxAmt/Amt", requiredAt: null);
        var parties = detail.Element("RltdPties");
        var debtor = ReadParty(ctx, parties?.Element("Dbtr"), parties?.Element("DbtrAcct"), path + "/RltdPties/DbtrAcct");
        var creditor = ReadParty(ctx, parties?.Element("Cdtr"), parties?.Element("CdtrAcct"), path + "/RltdPties/CdtrAcct");
        var remittance = detail.Element("RmtInf");
        var lines = remittance?.Elements("Ustrd").Select(u => u.Value.Trim()).Where(s => s.Length > 0).ToList() ?? [];
        var references = remittance?.Elements("Strd").Select(s => s.Element("CdtrRefInf")?.Element("Ref")?.Value.Trim())
            .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList() ?? [];
        var endToEnd = detail.Element("Refs")?.Element("EndToEndId")?.Value.Trim();
        if (string.Equals(endToEnd, "NOTPROVIDED", StringComparison.Ordinal) || string.IsNullOrEmpty(endToEnd))
        {
            endToEnd = null;
        }

        return new DetailParts(amount, debtor, creditor, lines, references, endToEnd, ReadCode(detail.Element("BkTxCd")));
    }

    private static Party ReadParty(CamtContext ctx, CamtNode? party, CamtNode? account, string accountPath)
    {
        // camt v02–v07: Dbtr/Nm; v08: Dbtr/Pty/Nm.
        var core = party?.Element("Pty") ?? party;
        var name = core?.Element("Nm")?.Value.Trim();
        var address = core?.Element("PstlAdr");
        var lines = new List<string>();
        string? country = null;
        if (address is not null)
        {
            foreach (var part in new[] { "StrtNm", "BldgNb", "PstCd", "TwnNm" })
            {
                if (address.Element(part)?.Value.Trim() is { Length: > 0 } text)
                {
                    lines.Add(text);
                }
            }

            lines.AddRange(address.Elements("AdrLine").Select(a => a.Value.Trim()).Where(a => a.Length > 0));
            country = address.Element("Ctry")?.Value.Trim();
        }

        var id = account is null ? null : ReadAccountId(ctx, account, accountPath);
        var isIban = id is not null && account?.Element("Id")?.Element("IBAN") is not null;
        return new Party(string.IsNullOrEmpty(name) ? null : name, isIban ? id : null, isIban ? null : id, lines, string.IsNullOrEmpty(country) ? null : country);
    }

    private static string? ReadAccountId(CamtContext ctx, CamtNode account, string path)
    {
        var id = account.Element("Id");
        if (id?.Element("IBAN") is { } ibanElement)
        {
            var iban = Iban.Normalize(ibanElement.Value);
            if (!Iban.IsValid(iban))
            {
                throw CamtReader.Fail(ctx.File, ibanElement.Line, path + "/Id/IBAN", $"'{ibanElement.Value.Trim()}' is not a valid IBAN (ISO 13616 mod-97 check fails)", ibanElement.Value.Trim());
            }

            return iban;
        }

        var other = id?.Element("Othr")?.Element("Id")?.Value.Trim();
        return string.IsNullOrEmpty(other) ? null : other;
    }

    private static (decimal Amount, string Currency)? ReadAmount(CamtContext ctx, CamtNode? element, string path, int? requiredAt)
    {
        if (element is null)
        {
            return requiredAt is { } line ? throw CamtReader.Fail(ctx.File, line, path, "missing amount") : null;
        }

        var currency = element.Attribute("Ccy")?.Trim();
        if (!Currencies.IsCode(currency))
        {
            throw CamtReader.Fail(ctx.File, element.Line, path + "/@Ccy", currency is null ? "missing currency" : $"'{currency}' is not an ISO 4217 code", currency);
        }

        if (!decimal.TryParse(element.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount > Currencies.MaxAmount)
        {
            throw CamtReader.Fail(ctx.File, element.Line, path, $"'{element.Value.Trim()}' is not a non-negative decimal amount up to 10^15", element.Value.Trim());
        }

        return (amount, currency!);
    }

    private static DateTimeOffset? ReadDate(CamtContext ctx, CamtNode? element, string path)
    {
        if (element is null)
        {
            return null;
        }

        var inner = element.Element("DtTm") ?? element.Element("Dt");
        if (inner is null || !DateParsing.TryParse(inner.Value, out var value))
        {
            throw CamtReader.Fail(ctx.File, element.Line, path, inner is null ? "neither Dt nor DtTm inside" : $"'{inner.Value.Trim()}' is not an ISO 8601 date", inner?.Value.Trim());
        }

        return value;
    }

    private static string? ReadCode(CamtNode? code)
    {
        if (code is null)
        {
            return null;
        }

        var domain = code.Element("Domn");
        if (domain is not null)
        {
            var family = domain.Element("Fmly");
            return string.Join('/', new[] { domain.Element("Cd")?.Value, family?.Element("Cd")?.Value, family?.Element("SubFmlyCd")?.Value }
                .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        }

        return code.Element("Prtry")?.Element("Cd")?.Value.Trim();
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
