using System.Collections.Frozen;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// The one place Threadline's types meet FollowTheMoney's. Two kinds of type:
/// <list type="bullet">
/// <item>Types that are FtM's own (<see cref="TwoWay"/>): read from FtM by <c>ingest ftm</c> and written back the same
/// way, property by property (renamed where <see cref="FtmTypeMap.Renames"/> says), so FtM → workspace → FtM loses
/// nothing. Person, BankAccount, Payment, Handle and Image also hold Threadline's own properties, which their mappers
/// write into other FtM properties or entities.</item>
/// <item>Threadline's own concepts (<see cref="ThreadlineOnly"/>), written as the FtM schema an Aleph user expects and
/// never read back as themselves: an ad is an Article, a persona a Person, a network lead an Organization with
/// Memberships, a booking an Event at an Address.</item>
/// </list>
/// Site, Source, Phone, Email and Location are not entities in FtM: they become properties (publisher, fileName,
/// phone, email, locationMentioned) and the statements' origin.
/// </summary>
public static class FtmMapping
{
    /// <summary>FtM schema ↔ Threadline type, both ways.</summary>
    public static readonly IReadOnlyList<FtmTypeMap> TwoWay =
    [
        new("Person", "Person"),
        new("LegalEntity", "LegalEntity"),
        new("Organization", "Organization"),
        new("Company", "Company"),
        new("Address", "Address"),
        new("BankAccount", "BankAccount", threadlineOnly: ["holderName", "holder", "phone", "email", "address", "network", "topics"]),
        new(
            "Payment",
            "Payment",
            renames: new Dictionary<string, string>
            {
                ["payer"] = "payerParty",
                ["beneficiary"] = "beneficiaryParty",
                ["payerAccount"] = "payer",
                ["beneficiaryAccount"] = "beneficiary",
            },
            threadlineOnly: ["payerName", "beneficiaryName", "valueDate", "method", "city", "country", "format", "account", "payerParty", "beneficiaryParty"]),
        new("UserAccount", "Handle"),
        new("Image", "Image", threadlineOnly: ["url", "path", "file", "contentHash", "perceptualHash", "width", "height"], notRead: ["contentHash"]),
        new("Membership", "Membership"),
        new("Directorship", "Directorship"),
        new("Ownership", "Ownership"),
        new("UnknownLink", "UnknownLink"),
        new("Documentation", "Documentation"),
        new("Event", "Event"),
        new("Article", "Article"),
        new("Document", "Document"),
    ];

    /// <summary>Threadline's own concepts and the FtM schema each is written as.</summary>
    public static readonly FrozenDictionary<string, string> ThreadlineOnly = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Advertisement"] = "Article",
        ["Persona"] = "Person",
        ["Network"] = "Organization",
        ["Booking"] = "Event",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Threadline types that are no FtM entity: their facts travel as properties of others and as statement origins.</summary>
    public static readonly FrozenSet<string> NotEntities = new[] { "Site", "Source", "Phone", "Email", "Location" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FtmTypeMap> ByFtm = TwoWay.ToFrozenDictionary(m => m.FtmSchema, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, FtmTypeMap> ByThreadline = TwoWay.ToFrozenDictionary(m => m.ThreadlineSchema, StringComparer.Ordinal);

    /// <summary>The map an FtM schema is read by, or null when Threadline does not read that schema.</summary>
    public static FtmTypeMap? ForFtm(string ftmSchema) => ByFtm.GetValueOrDefault(ftmSchema);

    /// <summary>The two-way map of a Threadline type, or null for Threadline's own concepts.</summary>
    public static FtmTypeMap? ForThreadline(string threadlineSchema) => ByThreadline.GetValueOrDefault(threadlineSchema);

    /// <summary>Threadline types in the order an export writes them: ads first (their personas own handles and photos).</summary>
    public static readonly IReadOnlyList<string> ExportOrder =
    [
        "Advertisement", "Persona", "Network", "Person", "LegalEntity", "Organization", "Company", "Handle", "Image",
        "Address", "Booking", "Event", "BankAccount", "Payment", "Membership", "Directorship", "Ownership", "UnknownLink",
        "Documentation", "Article", "Document",
    ];
}
