using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Console.Tests.Security;

/// <summary>
/// Two publish replicas on one store (each with its own content root, as two machines would have) share the
/// data-protection key ring kept in the store: a form token one issues the other accepts, and so is its session cookie.
/// </summary>
public sealed partial class SharedKeyRingTests : IDisposable
{
    private const string AdminKey = "replica-admin-key-0123456789";
    private readonly string _dir = Directory.CreateTempSubdirectory("console-keyring-").FullName;

    [Fact]
    public async Task A_sign_in_form_from_replica_a_is_accepted_by_replica_b_and_its_session_by_both()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Platform:Store:SqlitePath"] = Path.Combine(_dir, "platform.db"),
            ["Platform:Publish:AdminApiKeys"] = AdminKey,
        };
        await using var a = await PublishHost.StartAsync(settings);
        // The cookie container keys cookies by host, not port, so the browser-like client carries A's cookies to B.
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler);
        var form = await client.GetStringAsync(new Uri(a.BaseAddress, "sign-in"));
        var token = Token().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);
        Assert.Contains("<key ", Assert.Single(await a.Store.KeyRing.ListAsync()), StringComparison.Ordinal);

        await using var b = await PublishHost.StartAsync(settings);
        using var signIn = await client.PostAsync(new Uri(b.BaseAddress, "sign-in"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Key"] = AdminKey,
            ["PostedReturnUrl"] = "/sign-in",
        }));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("signed in with an admin key", await client.GetStringAsync(new Uri(b.BaseAddress, "sign-in")), StringComparison.Ordinal);
        Assert.Contains("signed in with an admin key", await client.GetStringAsync(new Uri(a.BaseAddress, "sign-in")), StringComparison.Ordinal);
        Assert.Single(await b.Store.KeyRing.ListAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => TestApps.ReleaseDirectory(_dir);
}
