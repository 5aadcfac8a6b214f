namespace Threadline.Cases.Victims;

/// <summary>The word lists of Data/address-words.json.</summary>
internal sealed record AddressWords(string[] Words, string[] Suffixes, string[] NumberMarkers);
