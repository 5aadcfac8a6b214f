using System.Text;

namespace Threadline.Storage.Sqlite;

/// <summary>A field value as an SQLite <c>LIKE</c> pattern (escape <c>\</c>): the whole value, or its start for a prefix.</summary>
internal static class LikePattern
{
    public const string Escape = "\\";

    public static string Of(SearchTerm term)
    {
        var builder = new StringBuilder(term.Text.Length + 4);
        foreach (var c in term.Text)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return term.Prefix ? builder.Append('%').ToString() : builder.ToString();
    }
}
