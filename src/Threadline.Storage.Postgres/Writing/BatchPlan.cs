using Threadline.Core.Statements;

namespace Threadline.Storage.Postgres;

/// <summary>
/// A batch made ready to write: its statements, ids and full-text words side by side, grouped by entity in the order
/// entities first appear, each entity's schema already merged over the batch. Built before the transaction starts.
/// </summary>
internal sealed class BatchPlan
{
    public BatchPlan(Statement[] statements, UInt128[] hashes, string?[] words, StatementValidator validator)
    {
        Statements = statements;
        Hashes = hashes;
        Words = words;
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < statements.Length; i++)
        {
            if (!groups.TryGetValue(statements[i].EntityId, out var members))
            {
                members = [];
                groups[statements[i].EntityId] = members;
                order.Add(statements[i].EntityId);
            }

            members.Add(i);
        }

        Entities = order.Select(id =>
        {
            var members = groups[id];
            var schema = statements[members[0]].Schema;
            foreach (var i in members)
            {
                schema = validator.MergeSchema(id, schema, statements[i].Schema);
            }

            return new BatchEntity(id, schema, members);
        }).ToArray();
    }

    public Statement[] Statements { get; }

    public UInt128[] Hashes { get; }

    /// <summary>The <c>tsvector</c> text of each full-text statement; null for the others.</summary>
    public string?[] Words { get; }

    public BatchEntity[] Entities { get; }

    /// <summary>Every name the batch's rows refer to.</summary>
    public IEnumerable<(NameKind Kind, string Name)> Names()
    {
        foreach (var entity in Entities)
        {
            yield return (NameKind.Schema, entity.Schema);
        }

        foreach (var s in Statements)
        {
            yield return (NameKind.Property, s.Property);
            yield return (NameKind.Producer, s.Producer);
            yield return (NameKind.Source, s.Source);
            if (s.ProducerVersion is not null)
            {
                yield return (NameKind.Version, s.ProducerVersion);
            }
        }
    }
}

/// <summary>One entity of a batch: its id, its schema over the batch, the indexes of its statements; filled in as it is written.</summary>
internal sealed class BatchEntity(string id, string schema, List<int> members)
{
    public string Id { get; } = id;

    /// <summary>The schema the batch gives it (merged with the stored one once known).</summary>
    public string Schema { get; set; } = schema;

    public List<int> Members { get; } = members;

    public long Eid { get; set; }

    public bool Exists { get; set; }

    /// <summary>Whether the stored schema changed to a more specific one.</summary>
    public bool SchemaChanged { get; set; }

    /// <summary>Statements inserted or widened: each takes a change sequence number.</summary>
    public long Changes { get; set; }
}
