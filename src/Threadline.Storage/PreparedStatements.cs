using Threadline.Core.Statements;

namespace Threadline.Storage;

/// <summary>
/// Statements already checked against the model (and, for stores that key statements by a hash, hashed) by
/// <see cref="IWorkspaceStore.Prepare"/>, ready for <see cref="IWorkspaceStore.WritePrepared"/>.
/// A job whose workers produce statements prepares them on the workers, so its single writer only stores them.
/// Only the store that prepared them may write them.
/// </summary>
public sealed class PreparedStatements
{
    internal PreparedStatements(Statement[] statements, UInt128[]? hashes = null, bool[]? fullText = null, object? preparedBy = null, object? engineData = null)
    {
        Statements = statements;
        Hashes = hashes;
        FullText = fullText;
        PreparedBy = preparedBy;
        EngineData = engineData;
    }

    /// <summary>The statements, in the order given.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>Number of statements.</summary>
    public int Count => Statements.Count;

    internal Statement[] Array => (Statement[])Statements;

    internal UInt128[]? Hashes { get; }

    internal bool[]? FullText { get; }

    internal object? PreparedBy { get; }

    /// <summary>What an engine computed beside the ids, off the writer's thread (PostgreSQL: the full-text words).</summary>
    internal object? EngineData { get; }

    /// <summary>The same statements with what an engine computed for them.</summary>
    internal PreparedStatements With(object engineData) => new(Array, Hashes, FullText, PreparedBy, engineData);

    /// <summary>Wraps statements without preparing them (what a store without a prepare step uses).</summary>
    public static PreparedStatements Unprepared(IReadOnlyCollection<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return new PreparedStatements(statements as Statement[] ?? [.. statements]);
    }
}
