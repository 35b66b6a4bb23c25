using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Platform.Hosting.Configuration;
using Platform.Hosting.Messaging;
using Platform.Publish;
using RabbitMQ.Client;

namespace Platform.Faults.Tests;

/// <summary>Issue 13 item 2: messages dead-lettered in an <c>_error</c> queue go back to their consumer queue on redrive.</summary>
public sealed class RedriveTests
{
    [Fact]
    public async Task Redrive_moves_the_dead_lettered_messages_back_and_leaves_the_error_queue_empty()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        await using var publisher = new BrokerProcess(vhost, _ => { });
        await publisher.App.StartAsync(); // declares the consumer queues
        const string error = ConsumerQueues.ParseBulletin + ConsumerQueue.ErrorSuffix;
        await using (var connection = await TestBroker.ConnectAsync(vhost))
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(error, durable: true, exclusive: false, autoDelete: false);
            for (var i = 0; i < 3; i++)
            {
                var properties = new BasicProperties { MessageId = $"m{i}", Headers = new Dictionary<string, object?> { ["MT-Fault-Message"] = "database is locked" } };
                await channel.BasicPublishAsync("", error, mandatory: false, properties, Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"));
            }
        }
        await Platform.Testing.Eventually.UntilAsync(async () => await TestBroker.CountAsync(vhost, error) == 3, TimeSpan.FromSeconds(10), () => "not dead-lettered");

        var redrive = new ErrorQueueRedrive(new TransportOptions { VirtualHost = vhost });
        var results = await redrive.RedriveAsync(null, CancellationToken.None);

        Assert.Equal(3, results.Single(r => r.Queue == ConsumerQueues.ParseBulletin).Moved);
        Assert.All(results.Where(r => r.Queue != ConsumerQueues.ParseBulletin), r => Assert.Equal(0, r.Moved));
        Assert.Equal(0u, await TestBroker.CountAsync(vhost, error));
        Assert.Equal(3u, await TestBroker.CountAsync(vhost, ConsumerQueues.ParseBulletin));
        await Assert.ThrowsAsync<ArgumentException>(() => redrive.RedriveAsync("no-such-queue", CancellationToken.None));
    }

    [Fact]
    public async Task The_admin_redrive_endpoint_moves_one_queue_back_and_names_an_unknown_queue()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        const string adminKey = "faults-admin-key-0123456789";
        await using var publish = new BrokerProcess(vhost, bus => bus.AddPublishStage(), settings: new Dictionary<string, string?>
        {
            ["Platform:Publish:AdminApiKeys"] = adminKey,
        }, endpoints: app => app.MapPublishEndpoints());
        await publish.App.StartAsync();
        const string error = ConsumerQueues.EnrichArticle + ConsumerQueue.ErrorSuffix;
        await DeadLetterAsync(vhost, error, 2);
        using var http = publish.App.GetTestClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", adminKey);

        using var response = await http.PostAsync("/v1/admin/redrive?queue=" + ConsumerQueues.EnrichArticle, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, body.RootElement.GetProperty("moved").GetInt64());
        Assert.Equal(0u, await TestBroker.CountAsync(vhost, error));
        Assert.Equal(2u, await TestBroker.CountAsync(vhost, ConsumerQueues.EnrichArticle));

        using var unknown = await http.PostAsync("/v1/admin/redrive?queue=no-such-queue", null);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("urn:platform:problem:invalid-queue", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task DeadLetterAsync(string vhost, string errorQueue, int count)
    {
        await using (var connection = await TestBroker.ConnectAsync(vhost))
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(errorQueue, durable: true, exclusive: false, autoDelete: false);
            for (var i = 0; i < count; i++)
            {
                await channel.BasicPublishAsync("", errorQueue, mandatory: false, new BasicProperties { MessageId = $"d{i}" }, Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"));
            }
        }
        await Platform.Testing.Eventually.UntilAsync(async () => await TestBroker.CountAsync(vhost, errorQueue) == (uint)count, TimeSpan.FromSeconds(10), () => "not dead-lettered");
    }
}
