namespace Threadline.Cases.Model;

/// <summary>Parsing of <see cref="DataSubjectCategory"/> from what a user or a file wrote.</summary>
public static class DataSubjectCategories
{
    /// <summary>Parses "suspect", "victim", "possible victim", "witness", "contact", "associate", "convicted", "other".</summary>
    /// <exception cref="FormatException">Empty or unknown; the category is required (LED Art. 6).</exception>
    public static DataSubjectCategory Parse(string? text)
    {
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        return t switch
        {
            "suspect" => DataSubjectCategory.Suspect,
            "convicted" => DataSubjectCategory.Convicted,
            "victim" or "possible victim" or "possible-victim" => DataSubjectCategory.Victim,
            "witness" => DataSubjectCategory.Witness,
            "contact" or "associate" => DataSubjectCategory.Contact,
            "other" => DataSubjectCategory.Other,
            "" => throw new FormatException("data-subject category is required (LED 2016/680 Art. 6): suspect, convicted, victim, witness, contact or other"),
            _ => throw new FormatException($"data-subject category '{(t.Length > 30 ? t[..30] : t)}' is not one of suspect, convicted, victim, witness, contact, other"),
        };
    }
}
