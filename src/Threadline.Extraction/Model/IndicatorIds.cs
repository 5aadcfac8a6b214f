namespace Threadline.Extraction;

/// <summary>
/// The ids of the indicator rules that the rest of Threadline reads by name (Data/indicators.json defines
/// them; a test checks that each is there and marked structural). Everything else about a rule — its
/// weight, patterns, evidence — is data.
/// </summary>
public static class IndicatorIds
{
    public const string ThirdPerson = "third_person";
    public const string FirstPersonPlural = "first_person_plural";
    public const string ObscuredPhone = "obscured_phone";
    public const string EthnicityEmphasis = "ethnicity_emphasis";
    public const string SeveralPhones = "several_phones";
}
