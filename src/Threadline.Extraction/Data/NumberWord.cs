namespace Threadline.Extraction.Data;

/// <summary>A number word: digit, whether it is a homophone, its languages, and whether it is also an everyday word.</summary>
internal sealed record NumberWord(char Digit, bool Homophone, string[] Languages, bool Weak);
