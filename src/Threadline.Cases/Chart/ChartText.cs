namespace Threadline.Cases.Chart;

/// <summary>The bounds of what a chart holds, and the node ids it uses.</summary>
public static class ChartText
{
    /// <summary>The longest label.</summary>
    public const int MaxLabel = 200;

    /// <summary>The longest source text (where the information comes from).</summary>
    public const int MaxSource = 1000;

    /// <summary>The longest note or annotation.</summary>
    public const int MaxNote = 2000;

    /// <summary>The longest node id (an entity of the generated graph, e.g. <c>phone:+32470123456</c>).</summary>
    public const int MaxNodeId = 200;

    /// <summary>The prefix of the node id of an entity added by hand.</summary>
    public const string EntityPrefix = "entity:";

    /// <summary>The node id of an entity added by hand.</summary>
    public static string NodeId(string entityId) => EntityPrefix + entityId;

    /// <summary>Checks a node id: a <c>kind:value</c> of the generated graph, or an entity's <see cref="NodeId"/>.</summary>
    /// <exception cref="ArgumentException">Empty, too long, without a kind, or with control characters; naming the field.</exception>
    public static string Node(string? value, string field)
    {
        var v = (value ?? string.Empty).Trim();
        if (v.Length == 0 || v.Length > MaxNodeId || v.Any(char.IsControl) || v.IndexOf(':', StringComparison.Ordinal) <= 0)
        {
            throw new ArgumentException($"{field} '{Short(v)}': a chart node id such as 'entity:E1' or 'phone:+32470123456' (at most {MaxNodeId} characters)", field);
        }

        return v;
    }

    internal static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
