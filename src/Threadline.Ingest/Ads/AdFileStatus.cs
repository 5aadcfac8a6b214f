namespace Threadline.Ingest.Ads;

/// <summary>What happened to one file in an ingest run.</summary>
public enum AdFileStatus
{
    /// <summary>Read to the end (possibly resuming a run that was stopped).</summary>
    Ingested,

    /// <summary>Skipped: a file with the same content was ingested completely before.</summary>
    AlreadyIngested,

    /// <summary>Skipped: the file is empty (0 bytes or only blank lines and a BOM).</summary>
    Empty,

    /// <summary>Rejected as a whole (binary, UTF-16, unrecognised format, unusable CSV header).</summary>
    Rejected,
}
