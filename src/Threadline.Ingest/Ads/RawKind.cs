namespace Threadline.Ingest.Ads;

/// <summary>Kind of a field value as the source format typed it.</summary>
internal enum RawKind
{
    String,
    Number,
    StringArray,
    Other,
}
