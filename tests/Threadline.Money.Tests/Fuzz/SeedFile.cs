namespace Threadline.Money.Tests.Fuzz;

/// <summary>A generated bank file and, when one record was damaged, the lines that record spans.</summary>
internal sealed record SeedFile(byte[] Bytes, int VictimFrom, int VictimTo)
{
    public bool InVictim(int? line) => line is { } l && l >= VictimFrom && l <= VictimTo;

    /// <summary>Lines a text spans (line breaks counted as a reader may: CR, LF, CR LF).</summary>
    public static int Lines(string text) => 1 + text.Count(c => c == '\n') + text.Count(c => c == '\r');
}
