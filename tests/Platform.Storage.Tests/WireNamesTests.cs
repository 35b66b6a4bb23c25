using System.Text.Json;
using Platform.Contracts;
using Platform.Contracts.Documents;

namespace Platform.Storage.Tests;

/// <summary>The stores write enum wire names into indexed columns and JSON into documents: both must spell every member alike.</summary>
public sealed class WireNamesTests
{
    public static TheoryData<Type> ContractEnums() =>
        new(typeof(Article).Assembly.GetExportedTypes().Where(t => t.IsEnum));

    [Theory]
    [MemberData(nameof(ContractEnums))]
    public void Every_member_has_the_name_the_document_json_gives_it(Type type)
    {
        foreach (Enum value in Enum.GetValues(type))
        {
            Assert.Equal(JsonSerializer.Serialize(value, type, DocumentJson.Options), $"\"{WireNames.Of(value)}\"");
        }
    }
}
