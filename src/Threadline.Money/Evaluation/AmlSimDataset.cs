using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using nietras.SeparatedValues;
using Threadline.Money.Graph;

namespace Threadline.Money.Evaluation;

/// <summary>
/// An IBM AMLSim sample (Apache-2.0) read straight from its <c>.tgz</c>: <c>nodes.csv</c>
/// (<c>nodeid,isFraud,init_balance,fraudStep</c>) and <c>transactions.csv</c>
/// (<c>sourceNodeId,targetNodeId,value,time</c>). Accounts are keyed <c>aml:&lt;nodeid&gt;</c>; a time step
/// is taken as one day; values become cents.
/// </summary>
public sealed class AmlSimDataset
{
    private AmlSimDataset(TransactionTable table, IReadOnlySet<string> fraud, int nodes)
    {
        Table = table;
        Fraud = fraud;
        NodeCount = nodes;
    }

    /// <summary>Seconds per AMLSim time step.</summary>
    public const long StepSeconds = 86_400;

    /// <summary>The transactions.</summary>
    public TransactionTable Table { get; }

    /// <summary>Account keys with <c>isFraud = 1</c>.</summary>
    public IReadOnlySet<string> Fraud { get; }

    /// <summary>Number of accounts in <c>nodes.csv</c>.</summary>
    public int NodeCount { get; }

    /// <summary>Loads a sample archive.</summary>
    public static AmlSimDataset Load(string tgzPath)
    {
        ArgumentNullException.ThrowIfNull(tgzPath);
        using var file = File.OpenRead(tgzPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var builder = new TransactionTableBuilder(150_000);
        var fraud = new HashSet<string>(StringComparer.Ordinal);
        var nodes = 0;
        var key = new char[32];
        bool sawNodes = false, sawTransactions = false;
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null)
            {
                continue;
            }

            var name = Path.GetFileName(entry.Name);
            if (name == "nodes.csv")
            {
                sawNodes = true;
                using var reader = Sep.Reader().From(entry.DataStream);
                foreach (var row in reader)
                {
                    nodes++;
                    var nodeKey = "aml:" + row["nodeid"].ToString();
                    builder.Accounts.GetOrAdd(nodeKey);
                    if (row["isFraud"].Span.SequenceEqual("1"))
                    {
                        fraud.Add(nodeKey);
                    }
                }
            }
            else if (name == "transactions.csv")
            {
                sawTransactions = true;
                using var reader = Sep.Reader().From(entry.DataStream);
                foreach (var row in reader)
                {
                    var from = builder.Accounts.GetOrAdd(Key(key, row["sourceNodeId"].Span));
                    var to = builder.Accounts.GetOrAdd(Key(key, row["targetNodeId"].Span));
                    var value = decimal.Parse(row["value"].Span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    var step = long.Parse(row["time"].Span, NumberStyles.None, CultureInfo.InvariantCulture);
                    builder.Add(from, to, (long)decimal.Round(value * 100m), step * StepSeconds);
                }
            }
        }

        if (!sawNodes || !sawTransactions)
        {
            throw new InvalidDataException($"{tgzPath}: nodes.csv and transactions.csv are both needed");
        }

        return new AmlSimDataset(builder.Build(), fraud, nodes);
    }

    private static ReadOnlySpan<char> Key(Span<char> buffer, ReadOnlySpan<char> id)
    {
        "aml:".AsSpan().CopyTo(buffer);
        var n = Math.Min(id.Length, buffer.Length - 4);
        id[..n].CopyTo(buffer[4..]);
        return buffer[..(4 + n)];
    }
}
