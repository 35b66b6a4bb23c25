using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Platform.Fetch.Network;

namespace Platform.Fetch.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with System.Xml, hardened for documents from outside: DTDs are refused (no entity
/// expansion, no external fetches), no resolver, and the document size is bounded. Relative links are resolved
/// against the URL the feed was finally served from.
/// </summary>
public static class SyndicationParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>True when the start of <paramref name="body"/> looks like an RSS or Atom document (for feeds of kind auto).</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> body)
    {
        var head = System.Text.Encoding.Latin1.GetString(body[..Math.Min(body.Length, 2048)]);
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses an RSS or Atom document; throws <see cref="PullFailedException"/> for anything else.</summary>
    public static SyndicationFeed Parse(byte[] body, Uri baseUrl, long maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new PullFailedException($"feed from {baseUrl} is not usable XML: {ex.Message}", ex);
        }
        var root = document.Root!;
        if (root.Name == "rss") return ParseRss(root, baseUrl);
        if (root.Name == Atom + "feed") return ParseAtom(root, baseUrl);
        throw new PullFailedException($"feed from {baseUrl} is neither RSS 2.0 nor Atom (root element <{root.Name.LocalName}>)");
    }

    private static SyndicationFeed ParseRss(XElement root, Uri baseUrl)
    {
        var items = new List<SyndicationItem>();
        var skipped = new List<string>();
        foreach (var item in root.Elements("channel").Elements("item"))
        {
            var guid = item.Element("guid");
            var guidText = guid?.Value.Trim();
            var permaLink = !string.Equals((string?)guid?.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
            var linkText = item.Element("link")?.Value.Trim() is { Length: > 0 } l ? l : permaLink ? guidText : null;
            var dateText = item.Element("pubDate")?.Value ?? item.Element(Dc + "date")?.Value;
            DateTimeOffset? published = Rfc822Date.TryParse(dateText, out var d) ? d : null;
            Add(items, skipped, baseUrl, linkText, guidText, published, item.Element("title")?.Value);
        }
        return new SyndicationFeed("rss", items, skipped);
    }

    private static SyndicationFeed ParseAtom(XElement root, Uri baseUrl)
    {
        var items = new List<SyndicationItem>();
        var skipped = new List<string>();
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            var link = entry.Elements(Atom + "link")
                .FirstOrDefault(e => ((string?)e.Attribute("rel") ?? "alternate") == "alternate");
            var dateText = entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value;
            DateTimeOffset? published = DateTimeOffset.TryParse(dateText?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            Add(items, skipped, baseUrl, ((string?)link?.Attribute("href"))?.Trim(), entry.Element(Atom + "id")?.Value.Trim(), published, entry.Element(Atom + "title")?.Value);
        }
        return new SyndicationFeed("atom", items, skipped);
    }

    private static void Add(List<SyndicationItem> items, List<string> skipped, Uri baseUrl, string? linkText, string? key, DateTimeOffset? published, string? title)
    {
        if (string.IsNullOrEmpty(linkText) || !Uri.TryCreate(baseUrl, linkText, out var link)
            || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps))
        {
            skipped.Add($"item '{title?.Trim()}' has no http(s) link ('{linkText}')");
            return;
        }
        items.Add(new SyndicationItem(link, string.IsNullOrEmpty(key) ? link.AbsoluteUri : key, published));
    }
}
