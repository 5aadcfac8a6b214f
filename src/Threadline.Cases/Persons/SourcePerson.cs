namespace Threadline.Cases.Persons;

/// <summary>Where a candidate person was found.</summary>
public enum PersonSourceKind
{
    /// <summary>The booker of a booking tied to an attached network (or an attached booking).</summary>
    Booking,

    /// <summary>The holder of a bank account tied to an attached network, or attached itself.</summary>
    Account,

    /// <summary>The contact data (name, e-mail, phone) of an ad of an attached persona or network.</summary>
    Ad,
}

/// <summary>
/// A person as one source of the case knows her: a booker, an account holder, an ad's contact. The id is stable across
/// gatherings (source kind and the source entity), so that matches and analysts' decisions keep pointing at it.
/// </summary>
public sealed record SourcePerson
{
    public const int MaxId = 120;

    public SourcePerson(string id, PersonSourceKind source, string reference, string? name, string? email = null, string? phone = null, string? address = null, string? country = null, string? networkId = null)
    {
        Id = Bound(id, "record id", MaxId) ?? throw new ArgumentException("record id is required", nameof(id));
        Source = Enum.IsDefined(source) ? source : throw new ArgumentOutOfRangeException(nameof(source), source, "booking, account or ad");
        Reference = Bound(reference, "source reference", 200) ?? throw new ArgumentException($"record {Id}: source reference is required", nameof(reference));
        Name = Bound(name, "name", 200);
        Email = Bound(email, "e-mail", 254);
        Phone = Bound(phone, "phone", 40);
        Address = Bound(address, "address", 300);
        Country = Bound(country, "country", 64);
        NetworkId = Bound(networkId, "network id", 200);
        if (Name is null && Email is null && Phone is null)
        {
            throw new ArgumentException($"record {Id}: a name, an e-mail or a phone is required", nameof(name));
        }
    }

    public string Id { get; }

    public PersonSourceKind Source { get; }

    /// <summary>What the source calls it: "airbnb booking HM123", an IBAN, an ad id.</summary>
    public string Reference { get; }

    public string? Name { get; }

    public string? Email { get; }

    public string? Phone { get; }

    public string? Address { get; }

    public string? Country { get; }

    /// <summary>The attached network it came through, if any.</summary>
    public string? NetworkId { get; }

    /// <summary>What pages show for it: the name, else the e-mail, else the phone.</summary>
    public string Label => Name ?? Email ?? Phone!;

    private static string? Bound(string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        if (v.Length > max || v.Any(char.IsControl))
        {
            throw new ArgumentException($"{field}: at most {max} characters, no control characters", field);
        }

        return v;
    }
}
