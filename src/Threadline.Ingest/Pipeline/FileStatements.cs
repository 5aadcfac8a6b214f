using Threadline.Core.Statements;

namespace Threadline.Ingest.Pipeline;

/// <summary>Turns the records of one file into statements; made per file by <see cref="IIngestFormat{TRecord}.StartFile"/>.</summary>
/// <typeparam name="TRecord">The format's record.</typeparam>
public abstract class FileStatements<TRecord>
{
    /// <summary>Adds the statements of one accepted record (not called for records an earlier, stopped run wrote).</summary>
    public abstract void Add(TRecord record, List<Statement> batch);

    /// <summary>Adds what the format gathers per batch, before the batch is written; nothing by default.</summary>
    public virtual void EndBatch(List<Statement> batch)
    {
    }
}
