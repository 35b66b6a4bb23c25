using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Platform.Storage;

namespace Platform.OperatorConsole.Security;

/// <summary>
/// Keeps ASP.NET Core's data-protection keys in the store (<see cref="IKeyRingStore"/>), which every replica shares:
/// with a key ring per process, an antiforgery token or session cookie issued by one publish replica failed on another.
/// </summary>
public sealed class StoreKeyRepository(IKeyRingStore keys) : IXmlRepository
{
    // IXmlRepository is synchronous; the key manager calls it only at start-up, when it refreshes its cache (daily)
    // and when it creates a key, never per request.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        keys.ListAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        keys.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
    }
}
