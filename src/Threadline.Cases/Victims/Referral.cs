namespace Threadline.Cases.Victims;

/// <summary>
/// "Referred to centre X on date Y": the centre's name and the day, never where the centre is (shelter addresses are
/// secret). Address-like names are refused by <see cref="AddressLikeText"/>.
/// </summary>
public sealed record Referral
{
    public Referral(string centre, DateOnly on)
    {
        Centre = Model.Text.Required(centre, "referral centre", 120);
        AddressLikeText.Reject(Centre, "referral centre");
        On = on;
    }

    public string Centre { get; }

    public DateOnly On { get; }

    /// <inheritdoc />
    public override string ToString() => $"referred to {Centre} on {On:yyyy-MM-dd}";
}
