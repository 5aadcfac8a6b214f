namespace Threadline.Cli.Tests.Export;

/// <summary>A fact that checks against FollowTheMoney's own model; skipped, with the reason shown, when the model is absent.</summary>
public sealed class FtmModelFactAttribute : FactAttribute
{
    public FtmModelFactAttribute()
    {
        if (SharedFtm.ModelPath is null)
        {
            Skip = "FollowTheMoney's model not found at <repo root>/../shared/data/ftm/defaultModel.json; it is not shipped with the repository";
        }
    }
}
