namespace Threadline.Extraction.Phones;

/// <summary>A number read from one field before merging: unit range, the validated number, and run-level facts.</summary>
internal sealed record RawPhone(FieldScan Scan, int First, int End, ValidatedPhone Phone, bool SeveralInRun);
