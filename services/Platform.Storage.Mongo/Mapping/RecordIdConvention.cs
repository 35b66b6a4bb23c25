using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;

namespace Platform.Storage.Mongo.Mapping;

/// <summary>
/// Keeps a record's <c>Id</c> an ordinary camelCase field ("id"), as the JSON form has it: the store
/// writes <c>_id</c> itself (<see cref="StoredDocumentSerializer{T}"/>), because not every collection's
/// <c>_id</c> is the record's Id (events are keyed by sequence).
/// </summary>
internal sealed class RecordIdConvention : ConventionBase, IPostProcessingConvention
{
    public void PostProcess(BsonClassMap classMap)
    {
        ArgumentNullException.ThrowIfNull(classMap);
        if (classMap.IdMemberMap is not { } id)
        {
            return;
        }
        classMap.SetIdMember(null);
        id.SetElementName(char.ToLowerInvariant(id.MemberName[0]) + id.MemberName[1..]);
    }
}
