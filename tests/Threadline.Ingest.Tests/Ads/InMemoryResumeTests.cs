using Threadline.Storage;

namespace Threadline.Ingest.Tests.Ads;

public sealed class InMemoryResumeTests : ResumeSpecs
{
    private readonly Dictionary<string, InMemoryStore> _stores = new(StringComparer.Ordinal);

    protected override IWorkspaceStore OpenStore(string directory)
    {
        if (!_stores.TryGetValue(directory, out var store))
        {
            store = new InMemoryStore();
            _stores[directory] = store;
        }

        return store;
    }
}
