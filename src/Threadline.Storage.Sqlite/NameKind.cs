namespace Threadline.Storage.Sqlite;

/// <summary>The kinds of short, often repeated strings kept once in the <c>names</c> table.</summary>
internal enum NameKind
{
    Schema = 1,
    Property = 2,
    Source = 3,
    Producer = 4,
    Version = 5,
}
