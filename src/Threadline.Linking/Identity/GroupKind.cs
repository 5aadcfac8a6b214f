namespace Threadline.Linking;

/// <summary>The groupings whose ids must outlive a re-link.</summary>
public enum GroupKind
{
    Persona,
    Network,
    Template,
}
