namespace Threadline.Core.IO;

/// <summary>What a path names, read without following a final link and without opening it.</summary>
public enum FileKind
{
    /// <summary>Nothing there (or it cannot be examined).</summary>
    Missing,

    /// <summary>A regular file: the only kind Threadline reads.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (not followed).</summary>
    Link,

    /// <summary>A FIFO (named pipe): opening it blocks until someone writes.</summary>
    Fifo,

    /// <summary>A character device (<c>/dev/zero</c>, a terminal): reading may never end.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>Something else that is not a regular file.</summary>
    Special,
}
