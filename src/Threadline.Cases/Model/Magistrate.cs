namespace Threadline.Cases.Model;

/// <summary>The prosecutor or investigating judge in charge, and their office.</summary>
public sealed record Magistrate
{
    public Magistrate(MagistrateRole role, string name, string office)
    {
        Role = Enum.IsDefined(role) ? role : throw new ArgumentOutOfRangeException(nameof(role), role, "prosecutor or investigating judge");
        Name = Text.Required(name, "magistrate name", Text.NameLength);
        Office = Text.Required(office, "magistrate office", Text.NameLength);
    }

    public MagistrateRole Role { get; }

    public string Name { get; }

    public string Office { get; }
}
