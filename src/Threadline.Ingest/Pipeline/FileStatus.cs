namespace Threadline.Ingest.Pipeline;

/// <summary>What happened to one path in an ingest run.</summary>
public enum FileStatus
{
    /// <summary>Read to the end (possibly resuming a run that was stopped); its good records are stored, its problems quarantined.</summary>
    Ingested,

    /// <summary>Not read: the same content was read before (without problems, or with the same options).</summary>
    AlreadyIngested,

    /// <summary>Not read: the file is empty (0 bytes, or only blank space where the format says so).</summary>
    Empty,

    /// <summary>Rejected as a whole (binary, not of the format, an unusable header, unreadable).</summary>
    Rejected,

    /// <summary>Not read: not a regular file (a FIFO, a device, a socket) or a link inside a folder.</summary>
    Skipped,
}
