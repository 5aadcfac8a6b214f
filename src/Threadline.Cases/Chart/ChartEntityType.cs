namespace Threadline.Cases.Chart;

/// <summary>What an entity an analyst adds to a case chart stands for (the icon types of an i2 or Aleph chart).</summary>
public enum ChartEntityType
{
    Person,
    Phone,
    Email,
    Address,
    Vehicle,
    Account,
    Organisation,
    Location,
    Event,
    Document,
    Other,
}
