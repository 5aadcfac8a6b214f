namespace Threadline.Application.Queries.Accounts;

/// <summary>One payment as an account page lists it.</summary>
public sealed record TransactionRow(
    string Id,
    DateTimeOffset BookedAt,
    string? From,
    string? FromName,
    string? To,
    string? ToName,
    decimal Amount,
    string Currency,
    string Method,
    string? City,
    string Remittance,
    string? Locator);
