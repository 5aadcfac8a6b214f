namespace Threadline.Linking;

/// <summary>One ad as the grouped evaluation sees it.</summary>
/// <param name="AdId">The ad's id in the linking result.</param>
/// <param name="Group">The group it is scored in (a writing style).</param>
/// <param name="TruePersona">Its true persona.</param>
/// <param name="TrueOrganisation">Its true organisation (trafficking network or agency), null for an advertiser on her own.</param>
public sealed record LabelledAd(string AdId, string Group, string TruePersona, string? TrueOrganisation);
