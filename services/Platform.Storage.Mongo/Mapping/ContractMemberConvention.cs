using System.Reflection;
using System.Text.Json.Serialization;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace Platform.Storage.Mongo.Mapping;

/// <summary>
/// Gives the members of contract records the representation their JSON form has, which is what the
/// documents stored before the class maps hold: times as ISO 8601 strings with their offset, dates as
/// "yyyy-MM-dd" strings (they sort as the dates they name, which the date-range index relies on), and
/// string-converted enums by name. A list missing from a stored document (written before the list was added to the
/// contract, e.g. source spans) reads back empty, not null.
/// </summary>
internal sealed class ContractMemberConvention : ConventionBase, IMemberMapConvention
{
    public void Apply(BsonMemberMap memberMap)
    {
        ArgumentNullException.ThrowIfNull(memberMap);
        if (memberMap.MemberType.IsGenericType && memberMap.MemberType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = memberMap.MemberType.GetGenericArguments()[0];
            memberMap.SetDefaultValue(() => Array.CreateInstance(element, 0));
        }
        var type = Nullable.GetUnderlyingType(memberMap.MemberType) ?? memberMap.MemberType;
        var serializer = SerializerFor(type);
        if (serializer is null)
        {
            return;
        }
        memberMap.SetSerializer(memberMap.MemberType == type
            ? serializer
            : (IBsonSerializer)Activator.CreateInstance(typeof(NullableSerializer<>).MakeGenericType(type), serializer)!);
    }

    private static IBsonSerializer? SerializerFor(Type type)
    {
        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffsetSerializer(BsonType.String);
        }
        if (type == typeof(DateOnly))
        {
            return new DateOnlySerializer(BsonType.String);
        }
        if (type.IsEnum && WrittenAsString(type))
        {
            return (IBsonSerializer)typeof(JsonNamedEnumSerializer<>).MakeGenericType(type)
                .GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        }
        return null;
    }

    /// <summary>Enums without a string converter are numbers in JSON, and so stay numbers here.</summary>
    private static bool WrittenAsString(Type enumType) =>
        enumType.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } converter
        && converter.GetGenericTypeDefinition() == typeof(JsonStringEnumConverter<>);
}
