using System.Net;
using Platform.Fetch.Network;
using Platform.Hosting.Network;

namespace Platform.Fetch.Tests.Feeds;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("10.0.0.5", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("100.64.0.1", "a carrier-grade NAT (shared) address")]
    [InlineData("100.127.255.254", "a carrier-grade NAT (shared) address")]
    [InlineData("0.0.0.0", "an unspecified (this-network) address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("239.255.255.250", "a multicast address")]
    [InlineData("255.255.255.255", "a reserved address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fc00::1", "a unique-local (private) address")]
    [InlineData("fd12:3456::1", "a unique-local (private) address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("::ffff:10.0.0.5", "a private address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address")]
    [InlineData("64:ff9b::a00:5", "a private address")]
    [InlineData("::127.0.0.1", "a loopback address")]
    [InlineData("::10.0.0.5", "a private address")]
    [InlineData("::ffff:0:10.0.0.5", "a private address")]
    [InlineData("::ffff:0:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:0:169.254.169.254", "a link-local address")]
    [InlineData("2002:a00:5::1", "a private address")]
    [InlineData("2002:7f00:1::", "a loopback address")]
    [InlineData("2002:a9fe:a9fe::1", "a link-local address")]
    [InlineData("64:ff9b:1::a00:5", "a local-use NAT64 address")]
    [InlineData("64:ff9b:1:ffff::808:808", "a local-use NAT64 address")]
    public void Internal_addresses_are_named(string address, string kind) =>
        Assert.Equal(kind, AddressClassifier.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    [InlineData("::ffff:0:8.8.8.8")]
    public void Public_addresses_pass(string address) => Assert.Null(AddressClassifier.Classify(IPAddress.Parse(address)));

    [Fact]
    public void Allow_list_takes_addresses_ranges_and_host_names()
    {
        var allow = new NetworkAllowList("127.0.0.1, 10.1.0.0/16 ,feeds.internal.");
        Assert.True(allow.AllowsAddress(IPAddress.Parse("127.0.0.1")));
        Assert.True(allow.AllowsAddress(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.False(allow.AllowsAddress(IPAddress.Parse("127.0.0.2")));
        Assert.True(allow.AllowsAddress(IPAddress.Parse("10.1.200.3")));
        Assert.False(allow.AllowsAddress(IPAddress.Parse("10.2.0.1")));
        Assert.True(allow.AllowsHost("FEEDS.internal"));
        Assert.False(allow.AllowsHost("localhost"));
    }
}
