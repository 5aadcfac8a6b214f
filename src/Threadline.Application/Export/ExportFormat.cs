namespace Threadline.Application.Export;

/// <summary>The formats <see cref="ExportJob"/> writes (docs/formats.md, "Exports", says what each holds).</summary>
public enum ExportFormat
{
    /// <summary>FollowTheMoney entities, one JSON object per line, for Aleph and the FtM tools.</summary>
    Ftm,

    /// <summary>FollowTheMoney statements, one JSON object per line: each value with its dataset, origin and first/last seen.</summary>
    FtmStatements,

    /// <summary>FollowTheMoney statements as CSV, in the columns FtM's statement writer uses.</summary>
    FtmStatementsCsv,

    /// <summary>GEXF 1.3 for Gephi: the entities as nodes, relationships and references as edges, with time intervals.</summary>
    Gexf,

    /// <summary>A ZIP of two CSV tables (entities, links) as i2 Analyst's Notebook's importer reads them.</summary>
    I2,

    /// <summary>A ZIP of one CSV table per FtM schema: an id column and one column per property.</summary>
    Csv,

    /// <summary>Threadline's own entities and statements with their provenance, as JSON Lines (not FollowTheMoney: for backups and checks).</summary>
    Workspace,
}
