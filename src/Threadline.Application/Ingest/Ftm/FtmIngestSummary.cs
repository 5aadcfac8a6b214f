using Threadline.Storage;

namespace Threadline.Application.Ingest.Ftm;

/// <summary>What an <c>ingest ftm</c> did: files, entities and values read, what was left out (with samples naming file and line).</summary>
public sealed class FtmIngestSummary
{
    public int Files { get; set; }

    public int SkippedFiles { get; set; }

    /// <summary>Entities with at least one value kept.</summary>
    public long Entities { get; set; }

    public long Values { get; set; }

    /// <summary>Records (entities, statements) not read at all.</summary>
    public long Rejected { get; set; }

    /// <summary>Values left out of records that were read.</summary>
    public long ValuesLeftOut { get; set; }

    public WriteSummary Statements { get; set; }

    /// <summary>Entities read, by the Threadline type they are kept as.</summary>
    public SortedDictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

    public List<(string File, FtmInputProblem Problem)> Samples { get; } = [];
}
