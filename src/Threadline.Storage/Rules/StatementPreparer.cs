using System.Collections.Concurrent;
using Threadline.Core.Model;
using Threadline.Core.Statements;

namespace Threadline.Storage;

/// <summary>
/// The part of a write that needs no storage, the same for every engine: each statement checked against the model
/// (<see cref="StatementValidator"/>) and its id computed (<see cref="StatementHash"/>). Thread-safe: jobs call it
/// on their workers (through <see cref="IWorkspaceStore.Prepare"/>) while the store's single writer stores.
/// </summary>
public sealed class StatementPreparer
{
    /// <summary>Batches at least this large hash on all cores when asked to.</summary>
    private const int ParallelHashing = 4096;

    [ThreadStatic]
    private static StatementHash? t_hash;

    public StatementPreparer(SchemaModel model)
    {
        Validator = new StatementValidator(model);
    }

    /// <summary>The model rules the statements are checked by.</summary>
    public StatementValidator Validator { get; }

    /// <summary>
    /// Checks statements and computes their ids. <paramref name="parallel"/> spreads the hashing of a large batch
    /// over the cores (SHA-256 is a tenth of the write cost), for a batch written whole by one caller.
    /// </summary>
    /// <exception cref="ArgumentException">A statement names an unknown schema or property, or lacks a required field.</exception>
    public PreparedStatements Prepare(IReadOnlyCollection<Statement> statements, bool parallel = false)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var batch = statements as Statement[] ?? [.. statements];
        var fullText = new bool[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            fullText[i] = Validator.Validate(batch[i]);
        }

        return new PreparedStatements(batch, Hash(batch, parallel), fullText, this);
    }

    /// <summary>Whether this preparer prepared the batch (so its ids and flags can be trusted as they are).</summary>
    public bool Prepared(PreparedStatements batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return ReferenceEquals(batch.PreparedBy, this);
    }

    private static UInt128[] Hash(Statement[] batch, bool parallel)
    {
        var hashes = new UInt128[batch.Length];
        if (!parallel || batch.Length < ParallelHashing)
        {
            var hash = t_hash ??= new StatementHash();
            for (var i = 0; i < batch.Length; i++)
            {
                hashes[i] = hash.Compute(batch[i]);
            }

            return hashes;
        }

        Parallel.ForEach(
            Partitioner.Create(0, batch.Length, 1024),
            () => new StatementHash(),
            (range, _, hash) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    hashes[i] = hash.Compute(batch[i]);
                }

                return hash;
            },
            _ => { });
        return hashes;
    }
}
