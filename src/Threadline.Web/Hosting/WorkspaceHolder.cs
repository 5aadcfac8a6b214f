using Threadline.Application.Queries;
using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Web;

/// <summary>The one read-only workspace the app serves, and the <see cref="Investigation"/> over it (shared by every request).</summary>
public sealed class WorkspaceHolder : IDisposable
{
    public WorkspaceHolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        if (!File.Exists(Path))
        {
            throw new FileNotFoundException($"no workspace at '{Path}'", Path);
        }

        Store = WorkspaceStores.OpenReadOnly(Path);
        Investigation = new Investigation(Store);
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public IWorkspaceStore Store { get; }

    public Investigation Investigation { get; }

    public void Dispose() => Store.Dispose();
}
