namespace Threadline.Ingest.Pipeline;

/// <summary>What a format yields per record: an accepted record with the values left out of it, or a rejection.</summary>
/// <typeparam name="TRecord">The format's record.</typeparam>
public readonly record struct ReadItem<TRecord>
{
    private ReadItem(TRecord? record, IReadOnlyList<Rejection> leftOut, Rejection? rejection, bool rejectsFile, long line = 0)
    {
        Line = line;
        Record = record;
        LeftOut = leftOut;
        Rejection = rejection;
        RejectsFile = rejectsFile;
    }

    /// <summary>The accepted record; default when rejected.</summary>
    public TRecord? Record { get; }

    /// <summary>Values left out of the accepted record, each a quarantine line with <see cref="Rejection.Kept"/>.</summary>
    public IReadOnlyList<Rejection> LeftOut { get; }

    /// <summary>
    /// The line an accepted record starts on (0 when the format does not say): named in the quarantine if the workspace
    /// refuses the record's statements when they are written (an entity it holds as another type).
    /// </summary>
    public long Line { get; }

    /// <summary>Why the record was not accepted; null when it was.</summary>
    public Rejection? Rejection { get; }

    /// <summary>Whether the rejection is of the whole file (an unusable header): nothing more follows.</summary>
    public bool RejectsFile { get; }

    public static ReadItem<TRecord> Accept(TRecord record, IReadOnlyList<Rejection>? leftOut = null, long line = 0) => new(record, leftOut ?? [], null, false, line);

    public static ReadItem<TRecord> Reject(Rejection rejection, bool wholeFile = false) =>
        new(default, [], rejection ?? throw new ArgumentNullException(nameof(rejection)), wholeFile);
}
