namespace Threadline.Cases.ActionDays;

/// <summary>What a target of the action day is.</summary>
public enum TargetKind
{
    /// <summary>A place to search.</summary>
    Address,

    /// <summary>A person to arrest.</summary>
    Person,
    Vehicle,

    /// <summary>A bank or payment account to freeze.</summary>
    Account,
}
