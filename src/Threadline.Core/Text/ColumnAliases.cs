using System.Reflection;
using System.Text;

namespace Threadline.Core.Text;

/// <summary>
/// The CSV header names a format accepts for each of its fields, as data: an embedded TSV with one field per line,
/// its canonical name first and then the other names it goes by (<c>booking_date  Buchungstag  boekdatum …</c>).
/// Names are compared by their <see cref="Key"/> (letters and digits only, lower case, accents folded), so
/// <c>Posted At</c>, <c>posted_at</c> and <c>POSTED-AT</c> are one name. Formats load their table once.
/// </summary>
public sealed class ColumnAliases
{
    private readonly List<(string Field, string[] Keys)> _fields;

    private ColumnAliases(List<(string Field, string[] Keys)> fields) => _fields = fields;

    /// <summary>The fields in the order of the file (earlier fields choose their column first).</summary>
    public IReadOnlyList<string> Fields => _fields.Select(f => f.Field).ToList();

    /// <summary>Reads a table from an embedded resource of <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidDataException">The resource is missing, or a name stands for two fields.</exception>
    public static ColumnAliases Load(Assembly assembly, string resource)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidDataException($"no embedded resource '{resource}'");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), resource);
    }

    /// <summary>Reads a table from its text: <c>#</c> starts a comment line; fields are separated by tabs.</summary>
    public static ColumnAliases Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new List<(string Field, string[] Keys)>();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var names = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var keys = names.Select(Key).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var key in keys)
            {
                if (!owner.TryAdd(key, names[0]))
                {
                    throw new InvalidDataException($"{name}: '{key}' names both {owner[key]} and {names[0]}");
                }
            }

            fields.Add((names[0], keys));
        }

        return new ColumnAliases(fields);
    }

    /// <summary>
    /// Which field each header column holds, or null. Each field takes one column: its canonical name first,
    /// then its other names in the order listed, each matched against the columns left in header order.
    /// </summary>
    public string?[] Resolve(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var keys = header.Select(Key).ToArray();
        var result = new string?[header.Count];
        foreach (var (field, names) in _fields)
        {
            foreach (var name in names)
            {
                var column = Array.FindIndex(keys, k => string.Equals(k, name, StringComparison.Ordinal));
                while (column >= 0 && result[column] is not null)
                {
                    column = Array.FindIndex(keys, column + 1, k => string.Equals(k, name, StringComparison.Ordinal));
                }

                if (column >= 0)
                {
                    result[column] = field;
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The field a name stands for (canonical or other), or null.</summary>
    public string? FieldOf(string name)
    {
        var key = Key(name);
        return _fields.FirstOrDefault(f => f.Keys.Contains(key, StringComparer.Ordinal)).Field;
    }

    /// <summary>A header name as compared: letters and digits only, lower case, Latin accents folded.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var raw in name)
        {
            var c = TextFold.Fold(raw);
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
