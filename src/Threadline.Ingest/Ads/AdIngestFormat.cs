using Threadline.Ingest.Pipeline;

namespace Threadline.Ingest.Ads;

/// <summary>Ad-site exports (JSON Lines, CSV, saved HTML pages) as an <see cref="IIngestFormat{TRecord}"/>.</summary>
public sealed class AdIngestFormat(AdReaderLimits? limits = null) : IIngestFormat<AdRecord>
{
    /// <summary>The <c>SourceState.Kind</c> of ad exports.</summary>
    public const string SourceKind = "ads";

    private readonly AdReaderLimits _limits = limits ?? AdReaderLimits.Default;

    public string Kind => SourceKind;

    public string Producer => AdStatements.Producer;

    public string ProducerVersion => AdStatements.ProducerVersion;

    public bool KeepsRecordsWithoutValues => true;

    public bool IsWanted(string path) => true;

    public FileProbe Probe(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.Length == 0)
        {
            return new FileProbe(null, EmptyNote: "empty file (0 bytes): nothing to read");
        }

        var sniff = AdFileReader.Sniff(stream, path);
        if (sniff.IsEmpty)
        {
            return new FileProbe(null, EmptyNote: "only blank space: nothing to read");
        }

        return sniff.Format is { } format
            ? new FileProbe(format.ToString()) { StoredFormat = AdStatements.FormatName(format) }
            : new FileProbe(null, new Rejection(path, 0, sniff.Problem!, string.Empty));
    }

    /// <summary>Null: no option changes how an ad file is read.</summary>
    public string? Fingerprint(FileProbe probe) => null;

    public IEnumerable<ReadItem<AdRecord>> Read(Stream stream, SourceFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var format = Enum.Parse<AdFormat>(file.Probe.Format!);
        foreach (var item in AdFileReader.Read(stream, file.Path, format, _limits, cancellationToken))
        {
            yield return item.Ad is { } ad
                ? ReadItem<AdRecord>.Accept(ad, ad.DroppedValues, ad.Line)
                : ReadItem<AdRecord>.Reject(item.Rejection!, wholeFile: item.Rejection!.Line == 0);
        }
    }

    public FileStatements<AdRecord> StartFile(SourceFile file) => new AdFileStatements(file);
}
