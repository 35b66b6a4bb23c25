using Microsoft.Extensions.Options;
using Platform.Hosting.Http;
using Platform.OperatorConsole;
using Platform.OperatorConsole.Security;
using Platform.Publish.Configuration;

namespace Platform.Console.Tests.Security;

public sealed class ConsoleKeysTests
{
    private readonly ConsoleKeys _keys = Keys(" admin-key-0123456789 , second-admin-key-0123 ", "viewer-key-0123456789");

    private static ConsoleKeys Keys(string? admin, string? viewer) =>
        new(Options.Create(new PublishOptions { AdminApiKeys = admin }), Options.Create(new ConsoleOptions { ViewerApiKeys = viewer }));

    [Theory]
    [InlineData("admin-key-0123456789", ConsoleRole.Admin)]
    [InlineData("second-admin-key-0123", ConsoleRole.Admin)]
    [InlineData("viewer-key-0123456789", ConsoleRole.Viewer)]
    [InlineData("admin-key-012345678", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_key_grants_the_role_it_is_configured_for(string? key, ConsoleRole? role) =>
        Assert.Equal(role, _keys.RoleOf(key));

    [Fact]
    public void A_hash_of_a_removed_key_grants_nothing()
    {
        var hash = ApiKeyCredentials.Hash("admin-key-0123456789");
        Assert.Equal(ConsoleRole.Admin, _keys.RoleOfHash(hash));
        Assert.Null(Keys("other-admin-key-0123456", null).RoleOfHash(hash));
        Assert.False(Keys(null, null).AdminEnabled);
    }
}
