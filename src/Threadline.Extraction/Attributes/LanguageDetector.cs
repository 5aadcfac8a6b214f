using Threadline.Extraction.Data;

namespace Threadline.Extraction.Attributes;

/// <summary>Tells the language of an ad by counting frequent function words (stopwords.tsv); Han characters vote for Chinese.</summary>
internal sealed class LanguageDetector
{
    private static readonly string[] Languages = ["en", "fr", "nl", "es", "de", "it", "pt", "ro", "pl", "ru", "uk"];
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _stop;

    public LanguageDetector(ExtractionData data) => _stop = data.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the votes of one field's tokens to <paramref name="votes"/> (indexed like <see cref="Languages"/>); returns the Han character count.</summary>
    public int Vote(string folded, List<(int Start, int End)> tokens, Span<int> votes)
    {
        var han = 0;
        foreach (var (s, e) in tokens)
        {
            if (e - s == 1 && Text.Tokenizer.IsHan(folded[s]))
            {
                han++;
                continue;
            }

            if (_stop.TryGetValue(folded.AsSpan(s, e - s), out var langs))
            {
                foreach (var l in langs)
                {
                    var i = Array.IndexOf(Languages, l);
                    if (i >= 0)
                    {
                        votes[i]++;
                    }
                }
            }
        }

        return han;
    }

    public static LanguageGuess Decide(ReadOnlySpan<int> votes, int han, string? hint)
    {
        var total = 0;
        var best = -1;
        for (var i = 0; i < Languages.Length; i++)
        {
            total += votes[i];
            if (votes[i] > 0 && (best < 0 || votes[i] > votes[best]))
            {
                best = i;
            }
        }

        if (han >= 8 && han > total)
        {
            return new LanguageGuess("zh", han / (double)(han + total), false);
        }

        var hinted = string.IsNullOrWhiteSpace(hint) ? null : hint.Trim().ToLowerInvariant();
        if (best < 0 || votes[best] < 2)
        {
            return hinted is null ? new LanguageGuess(best < 0 ? "und" : Languages[best], best < 0 ? 0 : 0.5, false) : new LanguageGuess(hinted, 1, true);
        }

        // A close second that is the site's language wins the tie.
        if (hinted is not null)
        {
            var h = Array.IndexOf(Languages, hinted);
            if (h >= 0 && h != best && votes[h] == votes[best])
            {
                best = h;
            }
        }

        return new LanguageGuess(Languages[best], votes[best] / (double)total, false);
    }

    public static int LanguageCount => Languages.Length;

    /// <summary>Index of a language code among the languages told (-1 when not one of them).</summary>
    public static int IndexOf(string code) => Array.IndexOf(Languages, code);
}
