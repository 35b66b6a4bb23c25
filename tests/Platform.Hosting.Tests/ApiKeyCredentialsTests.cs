using Microsoft.AspNetCore.Http;
using Platform.Hosting.Http;

namespace Platform.Hosting.Tests;

public sealed class ApiKeyCredentialsTests
{
    private static HttpRequest Request(params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        foreach (var (name, value) in headers) context.Request.Headers[name] = value;
        return context.Request;
    }

    [Theory]
    [InlineData("Authorization", "Bearer key-1", "key-1")]
    [InlineData("Authorization", "bearer   key-2  ", "key-2")]
    [InlineData("X-Api-Key", " key-3 ", "key-3")]
    [InlineData("Authorization", "Bearer ", null)]
    [InlineData("Authorization", "Basic dXNlcjpwdw==", null)]
    [InlineData("X-Other", "key-4", null)]
    public void The_key_is_read_from_a_bearer_token_or_the_api_key_header(string header, string value, string? expected) =>
        Assert.Equal(expected, ApiKeyCredentials.Read(Request((header, value))));

    [Fact]
    public void Keys_are_kept_as_sha256_hex_and_matched_only_by_hash()
    {
        var key = ApiKeyCredentials.NewKey();
        Assert.StartsWith("plt_", key, StringComparison.Ordinal);
        var hash = ApiKeyCredentials.Hash(key);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain(key, hash, StringComparison.Ordinal);
        Assert.True(ApiKeyCredentials.IsKnown(hash, [ApiKeyCredentials.Hash("other"), hash]));
        Assert.False(ApiKeyCredentials.IsKnown(ApiKeyCredentials.Hash(key + "x"), [hash]));
        Assert.False(ApiKeyCredentials.IsKnown(hash, []));
    }
}
