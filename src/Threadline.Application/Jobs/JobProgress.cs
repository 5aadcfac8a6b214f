namespace Threadline.Application.Jobs;

/// <summary>
/// How far a job is: the stage it is in, and a count done out of a total (ads, bytes, files) when the
/// stage has one. Every job reports through <see cref="IProgress{T}"/> of this, so any shell (a console
/// progress bar, a web page's live status) shows every job the same way.
/// </summary>
/// <param name="Stage">What the job is doing ("hashing photos", "extracting").</param>
/// <param name="Done">Units done in this stage (0 when it has no count).</param>
/// <param name="Total">Units in this stage (0 when unknown).</param>
/// <param name="Detail">A line for the user ("12,000 ok, 3 rejected"), or null.</param>
public sealed record JobProgress(string Stage, long Done = 0, long Total = 0, string? Detail = null);
