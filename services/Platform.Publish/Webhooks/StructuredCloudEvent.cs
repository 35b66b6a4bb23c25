using System.Globalization;
using System.Text.Json;
using Platform.Contracts.Events;

namespace Platform.Publish.Webhooks;

/// <summary>
/// CloudEvents 1.0 HTTP binding, structured mode: the whole event as one JSON object
/// (<c>application/cloudevents+json</c>) with the document as <c>data</c>, written byte for byte from the stored JSON.
/// </summary>
public static class StructuredCloudEvent
{
    public const string ContentType = "application/cloudevents+json";

    public static byte[] Serialize(PublicEvent e, string source)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", e.Id);
            json.WriteString("source", source);
            json.WriteString("type", e.Type);
            json.WriteString("subject", e.Subject);
            json.WriteString("time", e.Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", "application/json");
            // Extension attributes: consumers page and dedupe with the same values as on AMQP.
            json.WriteString("sequence", e.Sequence.ToString(CultureInfo.InvariantCulture));
            json.WriteString("routingkey", e.RoutingKey);
            if (e.DataRef is not null) json.WriteString("dataref", e.DataRef);
            json.WritePropertyName("data");
            json.WriteRawValue(e.DataJson);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
