using Threadline.Linking;
using Threadline.Storage;

namespace Threadline.Application.Report;

/// <summary>
/// The report's photos: only files that <c>link</c> read and hashed (inside the image folder, regular
/// files within the size limit), read again under the same checks and embedded as small thumbnails.
/// A remote reference, or one never hashed, has no photo and is shown as text.
/// </summary>
public sealed class ReportPhotos(IWorkspaceStore store)
{
    private readonly Dictionary<string, Dictionary<string, string>> _filesOfAd = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _uriOfFile = new(StringComparer.Ordinal);
    private readonly ImageLimits _limits = new();

    /// <summary>The thumbnail of <paramref name="reference"/> on ad <paramref name="adId"/> as a data URI, or null.</summary>
    public string? DataUri(string adId, string reference)
    {
        if (ImageFiles.IsRemote(reference) || !FilesOf(adId).TryGetValue(reference, out var file))
        {
            return null;
        }

        if (!_uriOfFile.TryGetValue(file, out var uri))
        {
            var bytes = ImageFiles.Read(file, _limits, out _);
            _uriOfFile[file] = uri = bytes is null ? null : Thumbnails.DataUri(bytes, _limits);
        }

        return uri;
    }

    private Dictionary<string, string> FilesOf(string adId)
    {
        if (_filesOfAd.TryGetValue(adId, out var files))
        {
            return files;
        }

        files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (store.GetEntity(adId) is { } ad)
        {
            foreach (var imageId in ad.Get("image"))
            {
                if (store.GetEntity(imageId) is { } image && image.First("path") is { } path && image.First("file") is { } file)
                {
                    files.TryAdd(path, file);
                }
            }
        }

        _filesOfAd[adId] = files;
        return files;
    }
}
