using System.Text;

namespace Threadline.Storage;

/// <summary>One word or phrase of a search, with its field when limited to one.</summary>
/// <param name="Text">The word or the phrase's words, as typed (never empty; holds a letter or digit).</param>
/// <param name="Phrase">Typed in double quotes: the words in this order, next to each other.</param>
/// <param name="Prefix">Typed with a trailing <c>*</c>: the last word may go on (<c>lin*</c> finds Lina).</param>
/// <param name="Field">The field it is limited to; null for any full-text property.</param>
public sealed record SearchTerm(string Text, bool Phrase = false, bool Prefix = false, SearchField? Field = null)
{
    /// <summary>The term as the query syntax writes it (parsed again, it matches the same).</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Field is not null)
        {
            builder.Append(Field.Name).Append(':');
        }

        // The words OR and AND are written quoted when they are text, so that they stay text.
        if (Phrase || (Field is null && Text is "OR" or "AND"))
        {
            builder.Append('"').Append(Text).Append('"');
        }
        else
        {
            builder.Append(Text);
        }

        return Prefix ? builder.Append('*').ToString() : builder.ToString();
    }
}
