using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Threadline.Web.Security;

/// <summary>
/// Keeps the data-protection key ring (which protects session cookies and anti-forgery tokens) in a folder only the
/// server's user may enter (0700), one file per key readable by that user only (0600), so a restart keeps everyone
/// signed in. The keys are not encrypted at rest: whoever can read this folder can forge a session; keep it as private
/// as the accounts store.
/// </summary>
public sealed class PrivateKeyRepository : IXmlRepository
{
    private const int MaxKeys = 1000;
    private readonly string _folder;

    public PrivateKeyRepository(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = folder;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Directory.EnumerateFiles(_folder, "key-*.xml").Order(StringComparer.Ordinal).Take(MaxKeys).Select(path => XElement.Load(path))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var safe = new string((friendlyName ?? string.Empty).Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(64).ToArray());
        var path = Path.Combine(_folder, "key-" + (safe.Length > 0 ? safe : Guid.NewGuid().ToString("N")) + ".xml");
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            element.Save(stream);
        }

        File.Move(temp, path, overwrite: true);
    }
}
