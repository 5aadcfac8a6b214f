namespace Threadline.Ingest.Pipeline;

/// <summary>
/// Where an ingest run is; <see cref="BytesRead"/> of <see cref="BytesTotal"/> gives the share done,
/// from which a progress bar derives its rate and ETA.
/// </summary>
/// <param name="CurrentFile">Path of the file being read.</param>
/// <param name="FileNumber">1-based number of that file.</param>
/// <param name="FileCount">Number of files in the run.</param>
/// <param name="BytesRead">Bytes read (or skipped as already ingested) over all files so far.</param>
/// <param name="BytesTotal">Total size of all files.</param>
/// <param name="Records">Records read so far in this run (accepted plus rejected).</param>
/// <param name="Accepted">Records accepted so far.</param>
/// <param name="Rejected">Records rejected so far.</param>
/// <param name="StatementsInserted">New statements written so far.</param>
public readonly record struct IngestProgress(
    string CurrentFile,
    int FileNumber,
    int FileCount,
    long BytesRead,
    long BytesTotal,
    long Records,
    long Accepted,
    long Rejected,
    long StatementsInserted)
{
    /// <summary>Share done, 0 to 1.</summary>
    public double Fraction => BytesTotal <= 0 ? 1 : Math.Clamp((double)BytesRead / BytesTotal, 0, 1);
}
