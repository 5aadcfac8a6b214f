using Threadline.Storage;

namespace Threadline.Ingest.Tests.Ads;

public sealed class InMemoryIngestRunTests : IngestRunSpecs
{
    protected override IWorkspaceStore OpenStore(string directory) => new InMemoryStore();
}
