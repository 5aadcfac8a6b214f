namespace Threadline.Cases.ActionDays;

/// <summary>Something seized: what it is and how many.</summary>
public sealed record SeizedItem
{
    public SeizedItem(string description, int quantity)
    {
        Description = Model.Text.Required(description, "seized item", 300);
        Quantity = quantity is >= 1 and <= 1_000_000 ? quantity : throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "quantity must be 1-1,000,000");
    }

    public string Description { get; }

    public int Quantity { get; }
}
