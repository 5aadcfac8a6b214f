using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Ingest.Tests.Ads;

public sealed class SqliteResumeTests : ResumeSpecs
{
    protected override IWorkspaceStore OpenStore(string directory) =>
        SqliteWorkspaceStore.Open(Path.Combine(directory, "threadline.db"));
}
