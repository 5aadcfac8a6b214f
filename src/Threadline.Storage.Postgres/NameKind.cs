namespace Threadline.Storage.Postgres;

/// <summary>What a row of the <c>names</c> table names; statements carry small integers instead of repeating strings.</summary>
internal enum NameKind : short
{
    Schema = 1,
    Property = 2,
    Producer = 3,
    Source = 4,
    Version = 5,
}
