namespace Threadline.Storage;

/// <summary>Why a workspace cannot be used, whatever the engine, so a shell can say it in its own words.</summary>
public enum WorkspaceErrorKind
{
    /// <summary>The location is not one any engine understands, or is malformed.</summary>
    BadLocation,

    /// <summary>Nothing is there (no file, no database, no workspace schema).</summary>
    NotFound,

    /// <summary>Something is there, but not a Threadline workspace.</summary>
    NotAWorkspace,

    /// <summary>A newer Threadline wrote it.</summary>
    TooNew,

    /// <summary>An older schema that only a read-write open (or <c>threadline migrate</c>) can upgrade.</summary>
    UpgradeRequired,

    /// <summary>It is open read-only, or the user may only read it, and something tried to write.</summary>
    ReadOnly,

    /// <summary>The file or its folder cannot be opened (permissions, a missing or read-only folder).</summary>
    CannotOpen,

    /// <summary>The server cannot be reached (refused, timed out, unknown host).</summary>
    Unreachable,

    /// <summary>The server refused the login, or the user lacks a privilege it needs.</summary>
    AccessDenied,
}
