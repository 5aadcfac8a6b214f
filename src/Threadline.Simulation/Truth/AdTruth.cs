namespace Threadline.Simulation.Truth;

/// <summary>The key the ingest uses for an ad: the site and the site's own ad id.</summary>
public sealed record AdKey(string Site, string AdId);

/// <summary>
/// The truth about one written ad record (one version of an ad). Re-posted versions of the same ad share
/// <see cref="AdKey"/> and differ in <see cref="PostedAt"/> and <see cref="Version"/>.
/// </summary>
/// <param name="Site">Site name, e.g. <c>rosegarden.example</c>.</param>
/// <param name="AdId">The site's ad id (as written).</param>
/// <param name="PostedAt">When this version was posted (UTC).</param>
/// <param name="Version">1 for the first version, 2 for an edited re-post with the same ad id.</param>
/// <param name="File">Output file holding the record, relative to the output folder.</param>
/// <param name="City">City as the truth knows it (English name).</param>
/// <param name="Country">ISO 3166-1 alpha-2 country of the ad.</param>
/// <param name="Language">Language code of the text (en, fr, nl, es, de, it).</param>
/// <param name="Voice"><c>first_person</c>, <c>third_person</c> or <c>first_plural</c>.</param>
/// <param name="Actor"><c>independent</c>, <c>agency</c>, <c>trafficking</c>, <c>scam</c> or <c>bot</c>.</param>
/// <param name="Persona">The persona the ad advertises (for scams: the scam's own id; the copied persona is in <paramref name="CopiedFrom"/>).</param>
/// <param name="Network">Network or agency id, if any.</param>
/// <param name="NetworkProfile">Trafficking profile name (e.g. <c>belgian_2023_cn</c>), <c>agency</c>, or null.</param>
/// <param name="Template">Template id the text was written from (networks, agencies), else null.</param>
/// <param name="CopiedFrom">For scam copies and bot reposts: the ad copied.</param>
/// <param name="Phones">Every phone number written in the ad, with its truth.</param>
/// <param name="Decoys">Number-like strings that are not phones.</param>
/// <param name="Indicators">Indicator phrases the text contains (names as in docs/simulator.md).</param>
/// <param name="Images">Image references written with the ad, with the photo each shows.</param>
/// <param name="Style">The writing style (<c>threadline simulate --style</c>) of the group that wrote it; null (omitted) for the default writing.</param>
public sealed record AdTruth(
    string Site,
    string AdId,
    DateTimeOffset PostedAt,
    int Version,
    string File,
    string City,
    string Country,
    string Language,
    string Voice,
    string Actor,
    string Persona,
    string? Network,
    string? NetworkProfile,
    string? Template,
    AdKey? CopiedFrom,
    IReadOnlyList<PhoneMention> Phones,
    IReadOnlyList<Decoy> Decoys,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<ImageTruth> Images,
    string? Style = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public AdKey Key => new(Site, AdId);
}

/// <summary>One image reference of an ad: the photo it derives from and the changes applied.</summary>
/// <param name="Ref">The reference as written in the ad (relative to the export file).</param>
/// <param name="Photo">Id of the original photo (<c>persona-or-network/photo-n</c>).</param>
/// <param name="Owner">Truth id of the persona or network the photo belongs to.</param>
/// <param name="Transforms">Changes applied: resize, recompress, crop, mirror, watermark, colour_shift.</param>
public sealed record ImageTruth(string Ref, string Photo, string Owner, IReadOnlyList<string> Transforms);
