namespace Threadline.Extraction.Data;

/// <summary>A nationality lexicon entry.</summary>
internal sealed record NationalityTerm(string Term, string[] Countries, string Kind, string Language);
