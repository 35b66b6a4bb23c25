using Platform.Fetch.Configuration;

namespace Platform.Fetch.Tests;

public sealed class FetchOptionsValidatorTests
{
    public static TheoryData<string, FetchOptions, string> Invalid => new()
    {
        { "api key without source", new FetchOptions { ApiKeys = "0123456789abcdef" }, "Platform:Fetch:ApiKeys" },
        { "short api key", new FetchOptions { ApiKeys = "a=0123456789,b=short" }, "Platform:Fetch:ApiKeys" },
        { "no body allowed", new FetchOptions { MaxBodyBytes = 0 }, "Platform:Fetch:MaxBodyBytes" },
        { "announce timeout zero", new FetchOptions { AnnounceTimeout = TimeSpan.Zero }, "Platform:Fetch:AnnounceTimeout" },
        { "re-announce interval negative", new FetchOptions { ReannounceInterval = TimeSpan.FromSeconds(-1) }, "Platform:Fetch:ReannounceInterval" },
        { "drop folder interval zero", new FetchOptions { DropFolderInterval = TimeSpan.Zero }, "Platform:Fetch:DropFolderInterval" },
        { "no pushes per minute", new FetchOptions { RateLimitPerMinute = 0 }, "Platform:Fetch:RateLimitPerMinute" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_bad_setting_is_named(string label, FetchOptions options, string key) =>
        SettingsAssert.FailsNaming(new FetchOptionsValidator(), options, key, label);

    [Fact]
    public void Defaults_and_well_formed_keys_pass()
    {
        Assert.True(new FetchOptionsValidator().Validate(null, new FetchOptions()).Succeeded);
        Assert.True(new FetchOptionsValidator().Validate(null, new FetchOptions { ApiKeys = " gov=0123456789 , city=abcdefgh " }).Succeeded);
    }

    [Fact]
    public void Configured_keys_are_found_by_hash_only()
    {
        var map = ApiKeyMap.Parse("gov=0123456789").Map!;
        Assert.Equal("gov", map.SourceOf(Platform.Hosting.Http.ApiKeyCredentials.Hash("0123456789")));
        Assert.Null(map.SourceOf("0123456789"));
    }
}
