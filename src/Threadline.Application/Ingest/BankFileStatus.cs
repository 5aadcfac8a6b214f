namespace Threadline.Application.Ingest;

/// <summary>What happened to one path in a bank-file ingest.</summary>
public enum BankFileStatus
{
    /// <summary>Read; its good transactions are stored, its bad records quarantined.</summary>
    Ingested,

    /// <summary>Not read: the same content was read before, without problems or with the same options.</summary>
    AlreadyIngested,

    /// <summary>Not read: not a bank file, or unreadable as a whole; read again on the next run.</summary>
    Rejected,

    /// <summary>Not read: not a regular file (a FIFO, a device, a socket) or a link inside a folder.</summary>
    Skipped,
}
