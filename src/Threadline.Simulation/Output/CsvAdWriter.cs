using System.Globalization;
using System.Text;

namespace Threadline.Simulation.Output;

/// <summary>A ';'-separated CSV export with a header row, local city names and English country names.</summary>
internal sealed class CsvAdWriter : IAdWriter
{
    private const char Delimiter = ';';
    private const string Header = "ad_id;site;posted_at;city;country;title;body;phone;images;age;url\n";
    private static readonly Dictionary<string, string> CountryNames = new(StringComparer.Ordinal)
    {
        ["BE"] = "Belgium", ["NL"] = "Netherlands", ["FR"] = "France", ["ES"] = "Spain", ["DE"] = "Germany", ["IT"] = "Italy",
    };

    private readonly string _root;
    private readonly string _site;
    private readonly StringBuilder _sb = new(1024);
    private TextFile? _file;
    private int _part;
    private string _rel = "";

    public CsvAdWriter(string root, string site)
    {
        _root = root;
        _site = site;
    }

    public string ImagePrefix => "../../images/" + _site + "/";

    public string Write(AdDraft ad, IReadOnlyList<string> imageRefs)
    {
        if (_file is null || _file.Lines >= Layout.RecordsPerPart)
        {
            _file?.Dispose();
            _part++;
            _rel = Layout.Rel(Layout.Ads, _site, string.Create(CultureInfo.InvariantCulture, $"part-{_part:D4}.csv"));
            _file = new TextFile(Path.Combine(_root, _rel), Header);
        }

        _sb.Clear();
        CsvText.Row(
            _sb,
            Delimiter,
            ad.AdId,
            ad.Site,
            ad.PostedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ad.CityLocal,
            CountryNames.TryGetValue(ad.Country, out var name) ? name : ad.Country,
            ad.Title,
            ad.Body,
            ad.PhoneField,
            string.Join('|', imageRefs),
            ad.Age?.ToString(CultureInfo.InvariantCulture),
            ad.Url);
        _file.Write(_sb);
        return _rel;
    }

    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
    }
}
