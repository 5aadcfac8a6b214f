using System.Text;

namespace Threadline.Simulation.Output;

/// <summary>RFC 4180 field quoting for any delimiter.</summary>
internal static class CsvText
{
    public static void Append(StringBuilder sb, string? value, char delimiter)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var quote = false;
        foreach (var c in value)
        {
            if (c == delimiter || c is '"' or '\n' or '\r')
            {
                quote = true;
                break;
            }
        }

        if (!quote)
        {
            sb.Append(value);
            return;
        }

        sb.Append('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                sb.Append('"');
            }

            sb.Append(c);
        }

        sb.Append('"');
    }

    public static void Row(StringBuilder sb, char delimiter, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(delimiter);
            }

            Append(sb, fields[i], delimiter);
        }

        sb.Append('\n');
    }
}
