namespace Threadline.Simulation.Styles;

/// <summary>Who speaks in a styled ad: the woman, someone about her, or an agency presenting her.</summary>
internal static class StyleVoice
{
    public const string First = "first";
    public const string Third = "third";
    public const string Agency = "agency";

    /// <summary>The truth's voice name (docs/simulator.md): an agency presenting a woman writes in the third person.</summary>
    public static string Truth(string voice) => voice == First ? Core.Voices.FirstPerson : Core.Voices.ThirdPerson;
}
