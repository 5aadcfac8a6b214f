namespace Threadline.Storage.Postgres;

/// <summary>One step of the workspace schema; <c>{s}</c> in its SQL stands for the workspace's quoted schema.</summary>
internal sealed record PgMigration(int Version, string Name, string Sql);
