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

    /// <summary>A FIFO, socket, character or block device: opening or reading it may block or never end.</summary>
    Special,
}
