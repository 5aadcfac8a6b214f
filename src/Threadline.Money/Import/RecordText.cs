namespace Threadline.Money.Import;

/// <summary>The text of a transaction that would be stored, to check before storing it.</summary>
internal static class RecordText
{
    public static IEnumerable<string> Of(BankTransaction tx)
    {
        foreach (var text in (string?[])[tx.AccountIban, tx.StatementId, tx.EndToEndId, tx.EntryReference, tx.Status, tx.BankTransactionCode, tx.City, tx.Country])
        {
            if (text is not null)
            {
                yield return text;
            }
        }

        foreach (var party in (Party[])[tx.Debtor, tx.Creditor])
        {
            foreach (var text in (string?[])[party.Name, party.Iban, party.AccountId, party.Country])
            {
                if (text is not null)
                {
                    yield return text;
                }
            }

            foreach (var line in party.AddressLines)
            {
                yield return line;
            }
        }

        foreach (var line in tx.RemittanceLines.Concat(tx.CreditorReferences))
        {
            yield return line;
        }
    }

    /// <summary>Why the transaction's text cannot be stored (U+FFFD, a control character), or null when it can.</summary>
    public static string? Problem(BankTransaction tx, DetectedEncoding encoding)
    {
        foreach (var text in Of(tx))
        {
            var bad = BankTextEncoding.IndexOfBadCharacter(text);
            if (bad >= 0)
            {
                return encoding.BadCharacterReason(text[bad]);
            }
        }

        return null;
    }
}
