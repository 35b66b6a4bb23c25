using System.Globalization;
using Platform.Contracts.Events;

namespace Platform.Publish;

/// <summary>CloudEvents 1.0 AMQP binding, binary mode: attributes as <c>cloudEvents:</c>-prefixed application properties.</summary>
public static class CloudEventHeaders
{
    public const string Prefix = "cloudEvents:";

    public static Dictionary<string, object?> For(PublicEvent e, string source)
    {
        ArgumentNullException.ThrowIfNull(e);
        var headers = new Dictionary<string, object?>
        {
            [Prefix + "specversion"] = "1.0",
            [Prefix + "id"] = e.Id,
            [Prefix + "source"] = source,
            [Prefix + "type"] = e.Type,
            [Prefix + "subject"] = e.Subject,
            [Prefix + "time"] = e.Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            [Prefix + "datacontenttype"] = "application/json",
            [Prefix + "sequence"] = e.Sequence.ToString(CultureInfo.InvariantCulture),
        };
        // The claim-check extension: present only on a truncated body, pointing at the full document.
        if (e.DataRef is not null) headers[Prefix + "dataref"] = e.DataRef;
        return headers;
    }
}
