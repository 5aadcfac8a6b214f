using System.Text;

namespace Threadline.Money.Import;

/// <summary>
/// One MT940 field (<c>:61:</c>, <c>:86:</c>, …) with its continuation lines. A field over
/// <see cref="Mt940Reader.MaxFieldLines"/> lines or <see cref="Mt940Reader.MaxFieldChars"/> characters keeps
/// counting its lines but stops growing, so a hostile file costs linear time.
/// </summary>
internal sealed record Mt940Field(string Tag, string Value, int Line, int Lines, long Chars)
{
    public bool TooLong => Lines > Mt940Reader.MaxFieldLines || Chars > Mt940Reader.MaxFieldChars;

    public string FirstLine => Value.IndexOf('\n', StringComparison.Ordinal) is var end && end >= 0 ? Value[..end] : Value;

    public string LimitReason => Lines > Mt940Reader.MaxFieldLines
        ? $"the :{Tag}: field at line {Line} has {Lines} lines, above the limit of {Mt940Reader.MaxFieldLines}"
        : $"the :{Tag}: field at line {Line} is longer than {Mt940Reader.MaxFieldChars} characters";

    /// <summary>Splits text into fields; lines before the first tag and block lines (<c>{…</c>, <c>-}</c>, <c>-</c>) are left out.</summary>
    public static IEnumerable<Mt940Field> ReadAll(TextReader text)
    {
        string? tag = null;
        var value = new StringBuilder();
        int start = 0, lines = 0, number = 0;
        long chars = 0;
        while (text.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('{') || line.StartsWith("-}", StringComparison.Ordinal) || line == "-")
            {
                continue;
            }

            var tagLength = TagLength(line);
            if (tagLength > 0)
            {
                if (tag is not null)
                {
                    yield return new Mt940Field(tag, value.ToString(), start, lines, chars);
                }

                tag = line[1..(tagLength - 1)];
                value.Clear();
                start = number;
                lines = 1;
                chars = line.Length - tagLength;
                value.Append(line.AsSpan(tagLength, (int)Math.Min(chars, Mt940Reader.MaxFieldChars)));
            }
            else if (tag is not null)
            {
                lines++;
                chars += line.Length + 1;
                if (lines <= Mt940Reader.MaxFieldLines && chars <= Mt940Reader.MaxFieldChars)
                {
                    value.Append('\n').Append(line);
                }
            }
        }

        if (tag is not null)
        {
            yield return new Mt940Field(tag, value.ToString(), start, lines, chars);
        }
    }

    // ":20:" → 4, ":60F:" → 5; 0 when the line does not start with a tag.
    private static int TagLength(string line)
    {
        if (line.Length < 4 || line[0] != ':' || !char.IsAsciiDigit(line[1]) || !char.IsAsciiDigit(line[2]))
        {
            return 0;
        }

        if (line[3] == ':')
        {
            return 4;
        }

        return line.Length >= 5 && char.IsAsciiLetterUpper(line[3]) && line[4] == ':' ? 5 : 0;
    }
}
