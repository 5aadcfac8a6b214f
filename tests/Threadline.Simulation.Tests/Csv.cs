using System.Text;

namespace Threadline.Simulation.Tests;

/// <summary>A strict RFC 4180 reader for checking what the simulator writes.</summary>
internal static class Csv
{
    public static List<string[]> Read(string path, char delimiter)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false, true));
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"{path}: quote inside an unquoted field at {i}");
                quoted = true;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
            }
            else
            {
                Assert.NotEqual('\r', c);
                field.Append(c);
            }
        }

        Assert.False(quoted, path + " ends inside quotes");
        Assert.True(field.Length == 0 && row.Count == 0, path + " does not end with a line break");
        return rows;
    }

    public static List<Dictionary<string, string>> Records(string path, char delimiter)
    {
        var rows = Read(path, delimiter);
        var header = rows[0];
        var list = new List<Dictionary<string, string>>();
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i].Length == header.Length, $"{path} row {i + 1} has {rows[i].Length} fields, header {header.Length}");
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < header.Length; k++)
            {
                d[header[k]] = rows[i][k];
            }

            list.Add(d);
        }

        return list;
    }
}
