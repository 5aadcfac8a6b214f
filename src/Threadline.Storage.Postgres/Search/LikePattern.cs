using System.Text;

namespace Threadline.Storage.Postgres;

/// <summary>
/// A field value as a <c>LIKE</c> pattern (escape <c>\</c>) over <c>lower(value)</c>: the whole value, or its start for a
/// prefix; A-Z lowered here as <c>lower()</c> lowers them under the "C" collation, and nothing else.
/// </summary>
internal static class LikePattern
{
    public static string Of(SearchTerm term)
    {
        var builder = new StringBuilder(term.Text.Length + 4);
        foreach (var c in term.Text)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c);
        }

        return term.Prefix ? builder.Append('%').ToString() : builder.ToString();
    }
}
