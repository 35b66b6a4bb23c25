using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Platform.Storage.Mongo.Mapping;

/// <summary>Passes a document through to the wrapped writer and adds elements at the end of its top level.</summary>
internal sealed class TrailingElementsWriter(IBsonWriter wrapped, IEnumerable<BsonElement> trailing) : WrappingBsonWriter(wrapped)
{
    private int depth;

    public override void WriteStartDocument()
    {
        depth++;
        base.WriteStartDocument();
    }

    public override void WriteEndDocument()
    {
        if (--depth == 0)
        {
            var context = BsonSerializationContext.CreateRoot(Wrapped);
            foreach (var element in trailing)
            {
                Wrapped.WriteName(element.Name);
                BsonValueSerializer.Instance.Serialize(context, element.Value);
            }
        }
        base.WriteEndDocument();
    }
}
