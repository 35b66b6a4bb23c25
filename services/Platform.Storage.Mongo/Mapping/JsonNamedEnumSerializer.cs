using System.Reflection;
using System.Text.Json.Serialization;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Platform.Storage.Mongo.Mapping;

/// <summary>
/// Stores an enum as the name its JSON form uses (<see cref="JsonStringEnumMemberNameAttribute"/>, else the
/// member name), so BSON, the API and the events spell "published" the same way.
/// </summary>
internal sealed class JsonNamedEnumSerializer<TEnum> : StructSerializerBase<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(f => (TEnum)f.GetValue(null)!, f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);

    private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static JsonNamedEnumSerializer<TEnum> Instance { get; } = new();

    /// <summary>The stored name of <paramref name="value"/> (also what filters compare with).</summary>
    public static string NameOf(TEnum value) =>
        Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a named {typeof(TEnum).Name}");

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, TEnum value) =>
        context.Writer.WriteString(NameOf(value));

    public override TEnum Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args)
    {
        var reader = context.Reader;
        if (reader.CurrentBsonType != BsonType.String)
        {
            throw new FormatException($"{typeof(TEnum).Name} is stored as {reader.CurrentBsonType}, expected one of its names ({string.Join(", ", Values.Keys)}).");
        }
        var name = reader.ReadString();
        return Values.TryGetValue(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name} (expected one of {string.Join(", ", Values.Keys)}).");
    }
}
