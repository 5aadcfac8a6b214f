using System.Collections.Concurrent;
using System.Globalization;
using Threadline.Core;
using Threadline.Core.Statements;
using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Link;

/// <summary>
/// Perceptual hashes of the photos ads refer to (paths relative to the export file or page). Each
/// photo becomes an Image entity with its hash, linked from the ad, so hashing happens once per
/// photo however often linking is re-run. Remote URLs are never fetched, and a reference reads a
/// file only inside the image folder (<see cref="ImageFiles.Resolve"/>): the folder given with
/// <c>link --images DIR</c>, else the export's own folder.
/// </summary>
public static class ImageHashJob
{
    public const string Producer = "link.images";
    public static readonly string Version = typeof(PerceptualHash).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Hashes photos not hashed before; returns image id → hash for every known image, and the count of failures.</summary>
    public static (Dictionary<string, ulong> Hashes, int Hashed, int Failed) Run(IWorkspaceStore store, string? imagesRoot = null, Action<long, long>? progress = null)
    {
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Image", Property = "perceptualHash" }))
        {
            if (ulong.TryParse(s.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var h))
            {
                hashes[s.EntityId] = h;
            }
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Advertisement", Property = "image" }))
        {
            linked.Add(s.EntityId);
        }

        var sourcePaths = new Dictionary<string, string?>(StringComparer.Ordinal);
        var work = new List<(Statement Ref, string ImageId, string? Path, string? Error)>();
        foreach (var s in store.ReadStatements(new StatementQuery { Schema = "Advertisement", Property = "imageRef" }))
        {
            if (linked.Contains(s.EntityId) || ImageFiles.IsRemote(s.Value))
            {
                continue;
            }

            if (!sourcePaths.TryGetValue(s.Source, out var sourcePath))
            {
                sourcePaths[s.Source] = sourcePath = store.GetSource(s.Source)?.Path;
            }

            if (sourcePath is null)
            {
                continue;
            }

            var folder = Path.GetDirectoryName(sourcePath) ?? ".";
            var path = ImageFiles.Resolve(s.Value, folder, imagesRoot ?? folder, out var error);
            work.Add((s, Ids.Make("image", s.Source, s.Value), path, error));
        }

        var results = new ConcurrentDictionary<string, ImageHashResult>(StringComparer.Ordinal);
        long done = 0;
        Parallel.ForEach(work.Where(w => w.Path is not null).Select(w => w.Path!).Distinct(StringComparer.Ordinal), path =>
        {
            results[path] = PerceptualHash.FromFile(path);
            var n = Interlocked.Increment(ref done);
            if (n % 256 == 0)
            {
                progress?.Invoke(n, work.Count);
            }
        });

        var statements = new List<Statement>();
        var failed = 0;
        foreach (var (reference, imageId, path, error) in work)
        {
            var result = path is null ? new ImageHashResult(0, error) : results[path];
            var at = reference;
            void S(string entity, string schema, string property, string value) =>
                statements.Add(new Statement(entity, schema, property, value, at.Source, at.Locator, Producer, Version, at.FirstSeen, at.LastSeen));
            if (!result.Ok)
            {
                failed++;
                S(imageId, "Image", "notes", "not hashed: " + result.Error);
                S(imageId, "Image", "path", reference.Value);
                continue;
            }

            var hex = result.Hash.ToString("x16", CultureInfo.InvariantCulture);
            S(imageId, "Image", "path", reference.Value);
            S(imageId, "Image", "file", path!);
            S(imageId, "Image", "perceptualHash", hex);
            S(reference.EntityId, "Advertisement", "image", imageId);
            hashes[imageId] = result.Hash;
        }

        for (var i = 0; i < statements.Count; i += 20_000)
        {
            store.Write(statements.GetRange(i, Math.Min(20_000, statements.Count - i)));
        }

        return (hashes, work.Count - failed, failed);
    }
}
