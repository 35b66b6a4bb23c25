using Platform.OperatorConsole.Security;

namespace Platform.Console.Tests.Security;

public sealed class ReceiverUrlTests
{
    [Theory]
    [InlineData("https://hooks.example/t/SECRET-TOKEN?sig=1", false, "https://hooks.example/…")]
    [InlineData("http://127.0.0.1:8080/hook", false, "http://127.0.0.1:8080/…")]
    [InlineData("https://hooks.example/t/SECRET-TOKEN", true, "https://hooks.example/t/SECRET-TOKEN")]
    [InlineData("not a url", false, "…")]
    public void Viewers_see_only_scheme_host_and_port(string url, bool admin, string shown) =>
        Assert.Equal(shown, ReceiverUrl.Show(url, admin));
}
