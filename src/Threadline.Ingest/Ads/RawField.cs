namespace Threadline.Ingest.Ads;

/// <summary>One field of a record before validation. <see cref="ForceRaw"/> keeps it as <c>raw:name</c> whatever its name.</summary>
internal readonly record struct RawField(string Name, RawKind Kind, string Text, IReadOnlyList<string>? Items = null, bool ForceRaw = false)
{
    public static RawField Str(string name, string text, bool forceRaw = false) => new(name, RawKind.String, text, null, forceRaw);

    public string KindName => Kind switch
    {
        RawKind.String => "text",
        RawKind.Number => "a number",
        RawKind.StringArray => "an array",
        _ => "a " + Text.TrimStart() switch
        {
            ['{', ..] => "JSON object",
            ['[', ..] => "JSON array",
            _ => "boolean",
        },
    };
}
