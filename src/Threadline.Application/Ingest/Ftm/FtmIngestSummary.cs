using Threadline.Ingest.Pipeline;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>What an <c>ingest ftm</c> did: the pipeline's summary (files, records, the quarantine) and the entities and values read.</summary>
/// <param name="Run">Files, records accepted and rejected (a rejected record is a line or CSV row), values left out, statements written, samples.</param>
/// <param name="Entities">Entities with at least one value read, summed over the files read (one the workspace then refused is counted here and among the rejected records).</param>
/// <param name="Values">Values read into statements.</param>
/// <param name="ByType">Entities by the Threadline type they are kept as.</param>
public sealed record FtmIngestSummary(IngestSummary Run, long Entities, long Values, IReadOnlyDictionary<string, long> ByType);
