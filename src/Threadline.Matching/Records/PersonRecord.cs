namespace Threadline.Matching.Records;

/// <summary>
/// A person as one source knows her: a booker, an account holder, an ad contact, a FEBRL row. Every field is optional
/// except the id; missing fields neither help nor hurt a match. <see cref="FullName"/> is for sources that do not
/// split given name and surname (the order is then unknown).
/// </summary>
public sealed record PersonRecord(
    string Id,
    string? GivenName = null,
    string? Surname = null,
    string? FullName = null,
    string? BirthDate = null,
    string? StreetNumber = null,
    string? Street = null,
    string? AddressLine2 = null,
    string? Locality = null,
    string? Postcode = null,
    string? Region = null,
    string? Identifier = null,
    string? Phone = null,
    string? Email = null);
