using Threadline.Application.Queries;
using Threadline.Storage;
using Threadline.Storage.Engines;

namespace Threadline.Web;

/// <summary>
/// A case's read-only workspace and the <see cref="Investigation"/> over it, shared by every request of that case. Not
/// disposable on purpose: requests take it from the container, which would dispose it at the end of each request;
/// <see cref="Security.ServerSecurity"/> owns it and closes <see cref="Store"/> when the app stops.
/// </summary>
public sealed class WorkspaceHolder
{
    public WorkspaceHolder(string location)
    {
        var isFile = WorkspaceStores.IsFile(location);
        var opened = isFile ? System.IO.Path.GetFullPath(location) : location;
        if (isFile && !File.Exists(opened))
        {
            throw new FileNotFoundException($"no workspace at '{opened}'", opened);
        }

        // One connection per core answers requests at once (a file workspace answers each call under its connection's lock).
        Store = WorkspaceStores.OpenReadOnly(opened, readers: Math.Clamp(Environment.ProcessorCount, 1, 4));
        Investigation = new Investigation(Store, serving: true);
        _ = Investigation.Warm(); // the ads' facet keys, built aside: searches count facets from the store until then
        Path = WorkspaceStores.Shown(opened);
        Name = isFile ? System.IO.Path.GetFileName(opened) : Path;
    }

    /// <summary>The workspace as shown to people: a file's full path, or a server workspace without its password.</summary>
    public string Path { get; }

    public string Name { get; }

    public IWorkspaceStore Store { get; }

    public Investigation Investigation { get; }
}
