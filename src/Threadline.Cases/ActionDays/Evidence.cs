namespace Threadline.Cases.ActionDays;

/// <summary>One piece of evidence that points at a target: the workspace entity (booking, ad, payment…) and why it matters.</summary>
public sealed record Evidence
{
    public Evidence(string entityId, string why)
    {
        EntityId = Model.Text.Id(entityId, "evidence entity id");
        Why = Model.Text.Required(why, "evidence description", 1000);
    }

    public string EntityId { get; }

    public string Why { get; }
}
