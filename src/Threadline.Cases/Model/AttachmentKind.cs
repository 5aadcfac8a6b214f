namespace Threadline.Cases.Model;

/// <summary>What kind of workspace entity a case holds.</summary>
public enum AttachmentKind
{
    NetworkLead,
    Persona,
    Phone,
    Account,
    Address,
    Advertisement,
    Booking,
}
