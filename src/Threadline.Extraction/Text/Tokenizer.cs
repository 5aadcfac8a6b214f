namespace Threadline.Extraction.Text;

/// <summary>Splits text into word tokens (runs of letters; each Han character is a token of its own), bounded in count.</summary>
internal static class Tokenizer
{
    public const int MaxTokens = 5_000;

    public static void Words(string s, List<(int Start, int End)> tokens)
    {
        tokens.Clear();
        var i = 0;
        while (i < s.Length && tokens.Count < MaxTokens)
        {
            var c = s[i];
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            if (IsHan(c))
            {
                tokens.Add((i, i + 1));
                i++;
                continue;
            }

            var j = i + 1;
            while (j < s.Length && (char.IsLetter(s[j]) || char.GetUnicodeCategory(s[j]) == System.Globalization.UnicodeCategory.NonSpacingMark) && !IsHan(s[j]))
            {
                j++;
            }

            tokens.Add((i, j));
            i = j;
        }
    }

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
