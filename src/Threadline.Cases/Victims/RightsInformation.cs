namespace Threadline.Cases.Victims;

/// <summary>Rights information given to the victim: when, in which language, by whom (a user id).</summary>
public sealed record RightsInformation(DateOnly On, string Language, string GivenBy);
