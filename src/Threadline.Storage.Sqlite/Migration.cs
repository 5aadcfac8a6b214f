namespace Threadline.Storage.Sqlite;

/// <summary>One ordered step of the workspace schema; applied once, in its own transaction.</summary>
/// <param name="Version">Position in the sequence (1, 2, 3…); a workspace records the highest applied.</param>
/// <param name="Name">Short description, stored with the version.</param>
/// <param name="Sql">The DDL/DML script of the step.</param>
internal sealed record Migration(int Version, string Name, string Sql);
