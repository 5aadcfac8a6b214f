using Threadline.Storage;
using Threadline.Storage.Sqlite;

namespace Threadline.Ingest.Tests.Ads;

public sealed class SqliteIngestRunTests : IngestRunSpecs
{
    protected override IWorkspaceStore OpenStore(string directory) =>
        SqliteWorkspaceStore.Open(Path.Combine(directory, "workspace", "threadline.db"));
}
