namespace Threadline.Security.Accounts;

/// <summary>
/// A case (a compartment) a server serves: its reference (what memberships name), the workspace its data is in and a
/// title. The workspace location may hold a server password: show it only through the storage layer's shown form.
/// </summary>
/// <param name="Reference">The case reference.</param>
/// <param name="Workspace">Where the case's data is: a workspace file or a PostgreSQL location.</param>
/// <param name="Title">A short title for people.</param>
/// <param name="Created">When it was registered.</param>
public sealed record RegisteredCase(string Reference, string Workspace, string Title, DateTimeOffset Created);
