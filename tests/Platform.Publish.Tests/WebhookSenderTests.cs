using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events;
using Platform.Publish.Configuration;
using Platform.Publish.Webhooks;
using Polly;

namespace Platform.Publish.Tests;

/// <summary>
/// The webhook sender as registered (address-checked handler under its resilience pipeline) against a real receiver:
/// one attempt is one request, never retried inside the pipeline, and a host resolving inward is never connected to.
/// </summary>
public sealed class WebhookSenderTests
{
    private static readonly PublicEvent Event = new(7, "evt-7", "article.published", "a-1", "article.published.43.none",
        DateTimeOffset.UnixEpoch, "{\"n\":7}", false);

    private static ServiceProvider Services(string? allowedHosts, int timeoutSeconds = 5) => new ServiceCollection()
        .AddSingleton(Microsoft.Extensions.Options.Options.Create(new PublishOptions
        {
            WebhookAllowedHosts = allowedHosts, WebhookTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        }))
        .AddWebhooks()
        .BuildServiceProvider();

    private static Subscription To(string url) =>
        new("sub_test", url, "#", "receiver-secret-0123456789", null, DateTimeOffset.UnixEpoch, 0, 0, null, null);

    [Fact]
    public async Task A_failed_delivery_is_one_request_and_one_logged_attempt()
    {
        await using var receiver = new WebhookReceiver(_ => 503);
        await receiver.StartAsync();
        await using var services = Services("127.0.0.1");

        var attempt = await services.GetRequiredService<WebhookSender>().SendAsync(To(receiver.Url), Event, 1, CancellationToken.None);

        Assert.False(attempt.Succeeded);
        Assert.Equal(503, attempt.StatusCode);
        Assert.Equal("HTTP 503", attempt.Error);
        Assert.Single(receiver.Calls);
    }

    [Fact]
    public async Task A_host_resolving_to_loopback_is_refused_without_a_request()
    {
        await using var receiver = new WebhookReceiver(_ => 200);
        await receiver.StartAsync();
        await using var services = Services(allowedHosts: null);
        var url = new UriBuilder(receiver.Url) { Host = "localhost" }.Uri.AbsoluteUri;

        var attempt = await services.GetRequiredService<WebhookSender>().SendAsync(To(url), Event, 1, CancellationToken.None);

        Assert.False(attempt.Succeeded);
        Assert.Null(attempt.StatusCode);
        Assert.StartsWith("refused to connect to 'localhost'", attempt.Error, StringComparison.Ordinal);
        Assert.Empty(receiver.Calls);
    }

    [Fact]
    public void A_failure_of_the_receiver_counts_against_its_circuit_and_a_refused_address_does_not()
    {
        Assert.True(WebhookResilience.IsFailure(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused"))));
        Assert.False(WebhookResilience.IsFailure(Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException("wrapped by the handler", new WebhookAddressRefusedException("refused to connect to 'intranet'")))));
    }

    [Fact]
    public async Task A_receiver_answering_with_a_huge_body_costs_a_few_kilobytes_and_the_status_stands()
    {
        await using var receiver = new HugeBodyReceiver();
        await using var services = Services("127.0.0.1", timeoutSeconds: 20);

        var attempt = await services.GetRequiredService<WebhookSender>().SendAsync(To(receiver.Url), Event, 1, CancellationToken.None);

        Assert.Equal(200, attempt.StatusCode);
        Assert.Null(attempt.Error);
        Assert.True(await receiver.SenderHungUpAsync(TimeSpan.FromSeconds(30)), "the sender read the whole body instead of hanging up");
        // What the receiver got into the socket before the sender hung up: kernel buffers, not a body read whole.
        Assert.True(receiver.Sent < 64L * 1024 * 1024, $"{receiver.Sent} bytes were sent before the sender stopped reading");
    }
}
