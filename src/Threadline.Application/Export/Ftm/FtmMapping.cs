using System.Collections.Frozen;
using Threadline.Core.Model;

namespace Threadline.Application.Export.Ftm;

/// <summary>
/// The one place Threadline's types meet FollowTheMoney's.
/// <list type="bullet">
/// <item>Reading (<c>ingest ftm</c>): each FtM schema is kept as the Threadline type that holds the same kind of thing
/// (<see cref="ThreadlineType"/>); each FtM property as the Threadline property of the same meaning where the type has
/// one, else as <c>raw:ftm.PROPERTY</c>. Every value keeps its FtM schema, property, dataset, origin and language in
/// its statement's detail, so an export writes it back as it was read.</item>
/// <item>Writing: Threadline's own concepts as the FtM schema an Aleph user expects (<see cref="ThreadlineOnly"/>: an
/// ad is an Article, a persona a Person, a network lead an Organization with Memberships, a booking an Event at an
/// Address), and the types both have (<see cref="TwoWay"/>) property by property.</item>
/// </list>
/// Site, Source, Phone, Email and Location are not entities in FtM: they become properties (publisher, fileName,
/// phone, email, locationMentioned) and the statements' origin.
/// </summary>
public static class FtmMapping
{
    /// <summary>The prefix of the Threadline property an FtM property without a Threadline counterpart is kept under.</summary>
    public const string RawPrefix = SchemaSpec.RawPrefix + "ftm.";

    /// <summary>Threadline types that are FtM's too, with the properties whose names or meanings differ.</summary>
    public static readonly IReadOnlyList<FtmTypeMap> TwoWay =
    [
        new("Person", "Person"),
        new("Organization", "Organization"),
        new("Address", "Address"),
        new("BankAccount", "BankAccount", threadlineOnly: ["holderName", "holder", "phone", "email", "address", "network", "topics"]),
        new(
            "Payment",
            "Payment",
            renames: new Dictionary<string, string>
            {
                ["payerAccount"] = "payer",
                ["beneficiaryAccount"] = "beneficiary",
            },
            threadlineOnly: ["payerName", "beneficiaryName", "valueDate", "method", "city", "country", "format", "account"],
            notRead: ["payer", "beneficiary"]),
        new("UserAccount", "Handle"),
        new("Image", "Image", threadlineOnly: ["url", "path", "file", "contentHash", "perceptualHash", "width", "height"], notRead: ["contentHash"]),
        new("UnknownLink", "Relation"),
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

    /// <summary>FtM schemata read into Threadline's Organization: a legal body whose kind the source may not say.</summary>
    private static readonly FrozenSet<string> Organizations = new[] { "LegalEntity", "Organization", "Company" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FtmTypeMap> ByFtm = TwoWay.ToFrozenDictionary(m => m.FtmSchema, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, FtmTypeMap> ByThreadline = TwoWay.ToFrozenDictionary(m => m.ThreadlineSchema, StringComparer.Ordinal);

    /// <summary>The Threadline type an entity of an FtM schema is kept as.</summary>
    public static string ThreadlineType(FtmSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (ByFtm.TryGetValue(schema.Name, out var map))
        {
            return map.ThreadlineSchema;
        }

        if (Organizations.Contains(schema.Name))
        {
            return "Organization";
        }

        return schema.Edge is not null ? "Relation" : "Record";
    }

    /// <summary>The Threadline property a value of an FtM property is kept under.</summary>
    public static string ThreadlineProperty(FtmSchema schema, string ftmProperty)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var type = ThreadlineType(schema);
        if (type == "Relation" && schema.Edge is { } edge)
        {
            if (ftmProperty == edge.Source)
            {
                return "subject";
            }

            if (ftmProperty == edge.Target)
            {
                return "object";
            }
        }

        var map = ByThreadline.GetValueOrDefault(type);
        if (map is not null && map.Renames.TryGetValue(ftmProperty, out var renamed))
        {
            return renamed;
        }

        if (map is not null && (map.NotRead.Contains(ftmProperty) || map.ThreadlineOnly.Contains(ftmProperty)))
        {
            return RawPrefix + ftmProperty;
        }

        var ftmIsEntity = schema.Property(ftmProperty)?.Type == "entity";
        return type is not ("Relation" or "Record")
            && SchemaModel.Default.Get(type).Properties.TryGetValue(ftmProperty, out var spec)
            && spec.IsEdge == ftmIsEntity
            ? ftmProperty
            : RawPrefix + ftmProperty;
    }

    /// <summary>The FtM schema a Threadline type is written as when it holds no value read from FtM.</summary>
    public static string? FtmSchemaOf(string threadlineType) =>
        ThreadlineOnly.GetValueOrDefault(threadlineType) ?? ByThreadline.GetValueOrDefault(threadlineType)?.FtmSchema;

    /// <summary>The two-way map of a Threadline type, or null for Threadline's own concepts.</summary>
    public static FtmTypeMap? ForThreadline(string threadlineSchema) => ByThreadline.GetValueOrDefault(threadlineSchema);

    /// <summary>Threadline types in the order an export writes them: ads first (their personas own handles and photos).</summary>
    public static readonly IReadOnlyList<string> ExportOrder =
    [
        "Advertisement", "Persona", "Network", "Person", "Organization", "Handle", "Image", "Address", "Booking",
        "BankAccount", "Payment", "Relation", "Record",
    ];
}
