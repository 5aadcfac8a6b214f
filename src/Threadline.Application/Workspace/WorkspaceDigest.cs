using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Threadline.Core.Statements;
using Threadline.Storage;

namespace Threadline.Application.Workspace;

/// <summary>
/// A content hash of what a workspace holds, the same whatever the engine: SHA-256 over every statement in the
/// contract's order (entity id, then statement id), each as its identity (the statement id, which covers entity,
/// property, value, source and producer) and its provenance (schema, first and last seen, locator, producer version,
/// detail); and over every result (kind, id, sort key, keys, payload bytes). Two workspaces with the same digests hold
/// the same facts and results.
/// </summary>
public sealed class WorkspaceDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Items added.</summary>
    public long Count { get; private set; }

    public void Add(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        Append(statement.Id, statement.Schema, Ticks(statement.FirstSeen), Ticks(statement.LastSeen), statement.Locator, statement.ProducerVersion, statement.Detail);
        Count++;
    }

    public void Add(string kind, ResultRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Append(kind, record.Id, record.SortKey.ToString("R", CultureInfo.InvariantCulture), string.Join('\u001e', record.Keys));
        _hash.AppendData(BitConverter.GetBytes(record.Payload.Length));
        _hash.AppendData(record.Payload.Span);
        Count++;
    }

    /// <summary>The digest as lower-case hex.</summary>
    public string Hex() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    /// <summary>The digest of every statement of a store, read in the contract's order.</summary>
    public static (long Count, string Hex) OfStatements(IWorkspaceStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var digest = new WorkspaceDigest();
        foreach (var statement in store.ReadStatements(StatementQuery.All))
        {
            cancellationToken.ThrowIfCancellationRequested();
            digest.Add(statement);
        }

        return (digest.Count, digest.Hex());
    }

    /// <summary>The digest of every result of every kind of a store.</summary>
    public static (long Count, string Hex) OfResults(IWorkspaceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var digest = new WorkspaceDigest();
        foreach (var kind in store.ResultKinds())
        {
            foreach (var record in store.ReadResults(kind))
            {
                digest.Add(kind, record);
            }
        }

        return (digest.Count, digest.Hex());
    }

    public void Dispose() => _hash.Dispose();

    private static string? Ticks(DateTimeOffset? time) => time?.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private void Append(params string?[] parts)
    {
        foreach (var part in parts)
        {
            // Each part with its length, so no two different sequences of parts hash alike.
            var bytes = part is null ? [] : Encoding.UTF8.GetBytes(part);
            _hash.AppendData(BitConverter.GetBytes(part is null ? -1 : bytes.Length));
            _hash.AppendData(bytes);
        }
    }
}
