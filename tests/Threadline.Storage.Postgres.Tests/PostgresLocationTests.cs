namespace Threadline.Storage.Postgres.Tests;

/// <summary>Where a server workspace is, read from a URI or a connection string; never a password in what is shown.</summary>
public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgres://analyst:s3cret@db.example:5433/cases", "postgres://analyst@db.example:5433/cases", "threadline")]
    [InlineData("postgresql://analyst@db.example/cases?workspace=case_17", "postgres://analyst@db.example/cases?workspace=case_17", "case_17")]
    [InlineData("postgres://db.example/cases?sslmode=require&password=s3cret", "postgres://db.example/cases", "threadline")]
    [InlineData("postgres://an%40lyst:p%40ss%2Fword@db.example/c%20d", "postgres://an%40lyst@db.example/c%20d", "threadline")]
    [InlineData("Host=db.example;Port=5433;Database=cases;Username=analyst;Password=s3cret;Workspace=w2", "postgres://analyst@db.example:5433/cases?workspace=w2", "w2")]
    [InlineData("Server=db.example;Database=cases", "postgres://db.example/cases", "threadline")]
    public void A_location_is_read_and_shown_without_its_password(string given, string shown, string workspace)
    {
        Assert.True(PostgresLocation.IsPostgres(given));
        var location = PostgresLocation.Parse(given);
        Assert.Equal(shown, location.Shown);
        Assert.Equal(workspace, location.Workspace);
        Assert.DoesNotContain("s3cret", location.Shown, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_password_reaches_the_connection_and_read_only_adds_the_server_setting()
    {
        var location = PostgresLocation.Parse("postgres://analyst:p%40ss@db.example/cases");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(location.ConnectionString(readOnly: true));
        Assert.Equal("p@ss", builder.Password);
        Assert.Equal("analyst", builder.Username);
        Assert.Contains("default_transaction_read_only=on", builder.Options, StringComparison.Ordinal);
        Assert.Null(new Npgsql.NpgsqlConnectionStringBuilder(location.ConnectionString(readOnly: false)).Options);
    }

    [Theory]
    [InlineData("postgres://analyst:s3cret@db.example/cases?workspace=Bad-Name")]
    [InlineData("postgres://analyst:s3cret@db.example/cases?workspace=pg_catalog")]
    [InlineData("postgres://analyst:s3cret@db.example/cases?colour=blue")]
    [InlineData("postgres://analyst:s3cret@db.example/cases?port=notaport")]
    [InlineData("Host=db.example;Password=s3cret;Colour=blue")]
    public void A_bad_location_is_refused_in_words_that_never_hold_the_password(string given)
    {
        var error = Assert.Throws<WorkspaceException>(() => PostgresLocation.Parse(given));
        Assert.Equal(WorkspaceErrorKind.BadLocation, error.Kind);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("threadline.db")]
    [InlineData("/data/host=1/threadline.db")]
    [InlineData("https://example.invalid/ws.db")]
    public void Paths_and_other_uris_are_not_postgres(string given)
    {
        Assert.False(PostgresLocation.IsPostgres(given));
    }
}
