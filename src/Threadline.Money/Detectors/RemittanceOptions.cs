namespace Threadline.Money.Detectors;

/// <summary>Parameters of the remittances-abroad detector.</summary>
/// <param name="MinTransfers">Transfers abroad needed from one account.</param>
/// <param name="TopBeneficiaries">How many beneficiaries the concentration is measured on.</param>
/// <param name="MinTopShare">Share of the money sent abroad that goes to the top beneficiaries.</param>
/// <param name="MinAbroadShare">Share of all the account's outflow that goes abroad.</param>
/// <param name="MinSendersPerBeneficiary">Distinct senders for a beneficiary abroad to be flagged on its own (several people sending to one person abroad).</param>
/// <param name="MaxEvidence">Most transactions cited per finding.</param>
/// <param name="MaxBeneficiarySenders">A foreign account paid by more distinct senders than this is taken as a business (a booking platform, a shop), not a remittance beneficiary; transfers through a remitter always count.</param>
public sealed record RemittanceOptions(int MinTransfers = 3, int TopBeneficiaries = 2, double MinTopShare = 0.8, double MinAbroadShare = 0.5, int MinSendersPerBeneficiary = 3, int MaxEvidence = 50, int MaxBeneficiarySenders = 10)
{
    /// <summary>Defaults: 3 transfers, 80% to the top 2 beneficiaries, half the outflow abroad; 3 senders per beneficiary.</summary>
    public static RemittanceOptions Default { get; } = new();
}
