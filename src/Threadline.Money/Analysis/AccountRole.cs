namespace Threadline.Money.Analysis;

/// <summary>Roles an account plays in a network's money, derived from the findings about it.</summary>
[Flags]
public enum AccountRole
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Collects money from many and forwards it in bulk (collector detector, funnel account).</summary>
    Collector = 1,

    /// <summary>Passes money on quickly (pass-through, cycle member).</summary>
    PassThrough = 2,

    /// <summary>Sends money abroad (remittances concentrated on few beneficiaries).</summary>
    Remitter = 4,

    /// <summary>Beneficiary abroad of several senders.</summary>
    Beneficiary = 8,

    /// <summary>Pays for ads or accommodation, or its holder shares identifiers with ads/bookings.</summary>
    Operator = 16,
}
