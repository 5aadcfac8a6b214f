namespace Threadline.Application.Queries.Search;

/// <summary>An entity the query names outright: a phone however written, an e-mail, a handle, an IBAN.</summary>
/// <param name="Kind">phone, email, handle or account.</param>
/// <param name="Value">Its key: E.164, the e-mail, <c>service:username</c>, the account key.</param>
/// <param name="Label">How the query was read (<c>0470 12 34 56 → +32470123456</c>).</param>
public sealed record EntityMatch(string Kind, string Value, string Label);
