using Threadline.Core.Statements;

namespace Threadline.Storage.Tests;

/// <summary>Statement identity: the number every engine keys a statement by is its id.</summary>
public sealed class StatementHashTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("ünïcødé ✓ 🙂")]
    [InlineData("")]
    public void The_hash_written_as_bytes_is_the_statement_id(string value)
    {
        var statement = new Statement("ad-ø", "Advertisement", "body", value, "src-1", null, "ingest.ads", null, null, null);
        var hash = new StatementHash().Compute(statement);
        var blob = new byte[16];
        StatementHash.Write(hash, blob);
        Assert.Equal(statement.Id, Convert.ToHexStringLower(blob));
        Assert.Equal(hash, StatementHash.Read(blob));
    }

    [Fact]
    public void Locator_times_version_and_detail_are_not_part_of_the_identity()
    {
        var a = new Statement("ad-1", "Advertisement", "title", "Hi", "src-1", "a.jsonl:1", "ingest.ads", "1", DateTimeOffset.UnixEpoch, null);
        var b = a with { Locator = "b.jsonl:9", ProducerVersion = "2", FirstSeen = null, LastSeen = DateTimeOffset.UnixEpoch, Detail = "{}" };
        var hash = new StatementHash();
        Assert.Equal(hash.Compute(a), hash.Compute(b));
        Assert.NotEqual(hash.Compute(a), hash.Compute(a with { Source = "src-2" }));
    }

    [Fact]
    public void A_value_larger_than_the_buffer_hashes_like_the_id()
    {
        var statement = new Statement("ad-1", "Advertisement", "body", new string('x', 3 << 20), "src-1", null, "ingest.ads", null, null, null);
        var hash = new StatementHash();
        var blob = new byte[16];
        StatementHash.Write(hash.Compute(statement), blob);
        Assert.Equal(statement.Id, Convert.ToHexStringLower(blob));
        StatementHash.Write(hash.Compute(statement with { Value = "short" }), blob);
        Assert.Equal((statement with { Value = "short" }).Id, Convert.ToHexStringLower(blob));
    }
}
