namespace Threadline.Extraction.Phones;

/// <summary>A digit string accepted by libphonenumber: E.164 form, region, and how it was written (national or which international form).</summary>
internal sealed record ValidatedPhone(string E164, string Region, string Form);
