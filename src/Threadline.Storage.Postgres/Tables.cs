namespace Threadline.Storage.Postgres;

/// <summary>
/// The qualified names of one workspace's tables (its schema quoted once here), so SQL text never takes a name from
/// elsewhere: the schema name is checked by <see cref="PostgresLocation"/> to be lower-case letters, digits and <c>_</c>.
/// </summary>
internal sealed class Tables
{
    public Tables(string workspace)
    {
        Schema = "\"" + workspace + "\"";
        Workspace = workspace;
    }

    /// <summary>The schema name as stored in the catalog.</summary>
    public string Workspace { get; }

    /// <summary>The schema, quoted.</summary>
    public string Schema { get; }

    public string Names => Schema + ".names";

    public string Entities => Schema + ".entities";

    public string Changes => Schema + ".changes";

    public string Statements => Schema + ".statements";

    public string Counters => Schema + ".counters";

    public string Meta => Schema + ".meta";

    public string Sources => Schema + ".ingest_sources";

    public string Results => Schema + ".results";

    public string ResultKeys => Schema + ".result_keys";

    public string Migrations => Schema + ".threadline_migrations";
}
