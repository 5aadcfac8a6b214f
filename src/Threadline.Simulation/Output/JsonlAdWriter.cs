using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Threadline.Simulation.Output;

/// <summary>A JSON Lines export: one object per line, parts of <see cref="Layout.RecordsPerPart"/> records.</summary>
internal sealed class JsonlAdWriter : IAdWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly string _root;
    private readonly string _site;
    private FileStream? _stream;
    private Utf8JsonWriter? _json;
    private int _part;
    private int _inPart;
    private string _rel = "";

    public JsonlAdWriter(string root, string site)
    {
        _root = root;
        _site = site;
    }

    public string ImagePrefix => "../../images/" + _site + "/";

    public string Write(AdDraft ad, IReadOnlyList<string> imageRefs)
    {
        if (_json is null || _inPart >= Layout.RecordsPerPart)
        {
            Open();
        }

        var w = _json!;
        w.WriteStartObject();
        w.WriteString("site", ad.Site);
        w.WriteString("ad_id", ad.AdId);
        w.WriteString("url", ad.Url);
        w.WriteString("posted_at", ad.PostedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteString("city", ad.City);
        w.WriteString("country", ad.Country);
        w.WriteString("title", ad.Title);
        w.WriteString("body", ad.Body);
        if (ad.PhoneField is not null)
        {
            w.WriteString("phone", ad.PhoneField);
        }

        if (imageRefs.Count > 0)
        {
            w.WriteStartArray("images");
            foreach (var r in imageRefs)
            {
                w.WriteStringValue(r);
            }

            w.WriteEndArray();
        }

        if (ad.Age is { } age)
        {
            w.WriteNumber("age", age);
        }

        w.WriteEndObject();
        w.Flush();
        _stream!.WriteByte((byte)'\n');
        w.Reset(_stream);
        _inPart++;
        return _rel;
    }

    private void Open()
    {
        Dispose();
        _part++;
        _inPart = 0;
        _rel = Layout.Rel(Layout.Ads, _site, string.Create(CultureInfo.InvariantCulture, $"part-{_part:D4}.jsonl"));
        var path = Path.Combine(_root, _rel);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _json = new Utf8JsonWriter(_stream, Options);
    }

    public void Dispose()
    {
        _json?.Dispose();
        _stream?.Dispose();
        _json = null;
        _stream = null;
    }
}
