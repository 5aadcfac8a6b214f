using System.Collections.Concurrent;
using Npgsql;
using Threadline.Core.Model;
using Threadline.Core.Statements;

namespace Threadline.Storage.Postgres;

/// <summary>
/// Upserts batches of statements, one transaction each (<see cref="BatchTransaction"/>), from any number of threads and
/// processes at once: entity rows are locked in id order, so concurrent writers of the same entities wait for each other
/// instead of deadlocking, and whichever commits second merges its sightings into the first's (statement identity makes
/// both converge). Should the server still abort a batch as a deadlock or serialization failure, the batch is run again
/// from the start (nothing of it was kept). <see cref="Prepare"/> computes ids and full-text words on the caller's thread.
/// </summary>
internal sealed class StatementWriter
{
    private const int Attempts = 5;
    private const int ParallelWords = 2048;
    private readonly NpgsqlDataSource _data;
    private readonly Tables _tables;
    private readonly NameTable _names;
    private readonly StatementPreparer _preparer;

    public StatementWriter(NpgsqlDataSource data, Tables tables, NameTable names, SchemaModel model)
    {
        _data = data;
        _tables = tables;
        _names = names;
        _preparer = new StatementPreparer(model);
    }

    public StatementValidator Validator => _preparer.Validator;

    /// <summary>Checks statements, computes their ids and the words of their full-text values. Any thread.</summary>
    public PreparedStatements Prepare(IReadOnlyCollection<Statement> statements, bool parallel = false)
    {
        var prepared = _preparer.Prepare(statements, parallel);
        var batch = prepared.Array;
        var fullText = prepared.FullText!;
        var words = new string?[batch.Length];
        if (parallel && batch.Length >= ParallelWords)
        {
            Parallel.ForEach(Partitioner.Create(0, batch.Length, 256), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    words[i] = fullText[i] ? WordVector.Of(batch[i].Value) : null;
                }
            });
        }
        else
        {
            for (var i = 0; i < batch.Length; i++)
            {
                words[i] = fullText[i] ? WordVector.Of(batch[i].Value) : null;
            }
        }

        return prepared.With(words);
    }

    public WriteSummary Write(IReadOnlyCollection<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return statements.Count == 0 ? default : WritePrepared([Prepare(statements, parallel: true)]);
    }

    /// <summary>The statement as stored: Npgsql refuses text that is not valid Unicode, SQLite stores U+FFFD for it; so do we.</summary>
    private static Statement Storable(Statement s)
    {
        var clean = s with
        {
            EntityId = StatementValidator.Storable(s.EntityId),
            Value = StatementValidator.Storable(s.Value),
            Source = StatementValidator.Storable(s.Source),
            Producer = StatementValidator.Storable(s.Producer),
            Locator = s.Locator is null ? null : StatementValidator.Storable(s.Locator),
            ProducerVersion = s.ProducerVersion is null ? null : StatementValidator.Storable(s.ProducerVersion),
            Detail = s.Detail is null ? null : StatementValidator.Storable(s.Detail),
        };
        return clean == s ? s : clean;
    }

    public WriteSummary WritePrepared(IReadOnlyList<PreparedStatements> prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var parts = prepared.Select(p => _preparer.Prepared(p) && p.EngineData is string?[] ? p : Prepare(p.Statements)).ToList();
        var total = parts.Sum(p => p.Count);
        if (total == 0)
        {
            return default;
        }

        var statements = new Statement[total];
        var hashes = new UInt128[total];
        var words = new string?[total];
        var at = 0;
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Count; i++)
            {
                statements[at + i] = Storable(part.Array[i]);
            }

            part.Hashes!.CopyTo(hashes, at);
            ((string?[])part.EngineData!).CopyTo(words, at);
            at += part.Count;
        }

        for (var attempt = 1; ; attempt++)
        {
            // A fresh plan each attempt: an attempt fills in entity rows as it goes.
            var plan = new BatchPlan(statements, hashes, words, _preparer.Validator);
            try
            {
                using var connection = _data.OpenConnection();
                _names.Ensure(connection, plan.Names());
                return new BatchTransaction(connection, _tables, _names, _preparer.Validator, plan).Run();
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < Attempts)
            {
                Thread.Sleep(Random.Shared.Next(5, 50 * attempt));
            }
        }
    }
}
