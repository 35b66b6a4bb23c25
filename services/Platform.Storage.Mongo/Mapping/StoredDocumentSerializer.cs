using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Platform.Storage.Mongo.Mapping;

/// <summary>
/// A contract record as stored: its class-mapped fields followed by the fields the store adds (<c>_id</c>,
/// index keys such as fingerprint bands or UTC dates). Reading maps the record's fields and ignores the
/// added ones. Member lookups go to the class map, so field paths in filters get the record's serializers.
/// </summary>
internal sealed class StoredDocumentSerializer<T>(Func<T, IEnumerable<BsonElement>> storeFields) : SerializerBase<T>, IBsonDocumentSerializer
    where T : class
{
    private readonly BsonClassMapSerializer<T> fields = new(BsonClassMap.LookupClassMap(typeof(T)));

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, T value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(value);
        fields.Serialize(BsonSerializationContext.CreateRoot(new TrailingElementsWriter(context.Writer, storeFields(value))), args, value);
    }

    public override T Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args) => fields.Deserialize(context, args);

    public bool TryGetMemberSerializationInfo(string memberName, out BsonSerializationInfo serializationInfo) =>
        fields.TryGetMemberSerializationInfo(memberName, out serializationInfo);
}
