using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using Platform.Contracts.Documents;
using Platform.Contracts.Events;

namespace Platform.Storage.Mongo.Mapping;

/// <summary>
/// How the records of the store port are stored: class maps by convention (camelCase names, the JSON
/// representations of <see cref="ContractMemberConvention"/>, unknown fields ignored) and, per collection,
/// the fields the store adds. Field names are those the documents already written have, so old documents
/// and the indexes stay valid. BSON registrations are process-wide; they happen once, before the first use.
/// </summary>
internal static class ContractMapping
{
    /// <summary>Derived field of articles: the four fingerprint bands, each tagged with its position (position × 65536 + band).</summary>
    public const string FingerprintBandsField = "_fingerprintBands";

    /// <summary>Derived field of raw bulletins: receivedAt as a BSON date, for ordering and ranges (the string keeps the offset).</summary>
    public const string ReceivedAtUtcField = "_receivedAtUtc";

    /// <summary>Derived field of failures and webhook deliveries: the time as a BSON date, for ordering.</summary>
    public const string AtUtcField = "_atUtc";

    static ContractMapping()
    {
        var contractAssemblies = new[] { typeof(Article).Assembly, typeof(RawBulletin).Assembly };
        ConventionRegistry.Register(
            "Platform contract records",
            new ConventionPack
            {
                new CamelCaseElementNameConvention(),
                new IgnoreExtraElementsConvention(true),
                new ContractMemberConvention(),
                new RecordIdConvention(),
            },
            type => contractAssemblies.Contains(type.Assembly));

        Register<Article>(a => [Id(a.Id), .. FingerprintBandsOf(a)]);
        Register<Bulletin>(b => [Id(b.Id)]);
        Register<RawBulletin>(r => [Id(r.Id), new BsonElement(ReceivedAtUtcField, new BsonDateTime(r.ReceivedAt.UtcDateTime))]);
        Register<PublicEvent>(e => [new BsonElement("_id", new BsonInt64(e.Sequence))]);
        Register<Source>(s => [Id(s.Id)]);
        Register<Subscription>(s => [Id(s.Id)]);
        // Log entries get a server-generated ObjectId _id.
        Register<Failure>(f => [new BsonElement(AtUtcField, new BsonDateTime(f.At.UtcDateTime))]);
        Register<DeliveryAttempt>(d => [new BsonElement(AtUtcField, new BsonDateTime(d.At.UtcDateTime))]);
    }

    /// <summary>Runs the registrations (once per process).</summary>
    public static void EnsureRegistered()
    {
    }

    /// <summary>The stored name of an enum value, for filters.</summary>
    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamedEnumSerializer<TEnum>.NameOf(value);

    /// <summary>The fingerprint bands as stored in <see cref="FingerprintBandsField"/>.</summary>
    public static BsonArray TaggedBands(ulong fingerprint)
    {
        var bands = FingerprintBands.Of(fingerprint);
        var tagged = new BsonArray(bands.Length);
        for (var position = 0; position < bands.Length; position++)
        {
            tagged.Add(position * 65536 + bands[position]);
        }
        return tagged;
    }

    private static void Register<T>(Func<T, IEnumerable<BsonElement>> storeFields) where T : class =>
        BsonSerializer.RegisterSerializer(new StoredDocumentSerializer<T>(storeFields));

    private static BsonElement Id(string id) => new("_id", id);

    private static IEnumerable<BsonElement> FingerprintBandsOf(Article article) =>
        FingerprintBands.TryParse(article.Enrichment?.Fingerprint, out var fingerprint)
            ? [new BsonElement(FingerprintBandsField, TaggedBands(fingerprint))]
            : [];
}
