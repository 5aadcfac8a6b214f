namespace Threadline.Money.Detectors;

/// <summary>Kinds of contact identifier matched between account holders and ads or bookings.</summary>
public enum IdentifierKind
{
    /// <summary>Telephone number.</summary>
    Phone,

    /// <summary>E-mail address.</summary>
    Email,

    /// <summary>Postal address.</summary>
    Address,
}
