namespace Threadline.Application.Export.Ftm;

/// <summary>What became of a value put in FtM's form: kept (perhaps rewritten), cut to its type's length, refused with a reason, or empty.</summary>
/// <param name="Value">The value to write, or null when there is none.</param>
/// <param name="WasCut">True when the value was longer than its type allows and was cut.</param>
/// <param name="Reason">Why the value was refused, or null.</param>
public readonly record struct FtmClean(string? Value, bool WasCut, string? Reason)
{
    public static FtmClean Empty => default;

    public static FtmClean Ok(string value) => new(value, false, null);

    public static FtmClean Shortened(string value) => new(value, true, null);

    public static FtmClean Refused(string reason) => new(null, false, reason);
}
