namespace Threadline.Core.Model;

/// <summary>
/// Property types, named as in FollowTheMoney so exports open in Aleph without mapping.
/// Phones and e-mails are property types there; Threadline also keeps them as entities for linking.
/// </summary>
public static class PropertyType
{
    /// <summary>Every type a schema file may name.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "address", "checksum", "country", "date", "email", "entity", "gender", "iban", "identifier",
        "ip", "json", "language", "mimetype", "name", "number", "phone", "string", "text", "topic", "url",
    };

    /// <summary>The type of properties that point at another entity and so form graph edges.</summary>
    public const string Entity = "entity";
}
