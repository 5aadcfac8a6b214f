namespace Threadline.Ingest.Pipeline;

/// <summary>Where one accepted record's statements lie in its <see cref="Chunk"/> (from <see cref="Start"/> up to <see cref="End"/>), and its line.</summary>
internal readonly record struct RecordSpan(int Start, int End, long Line);
