using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Platform.Storage;
using RabbitMQ.Client;

namespace Platform.Integration.Tests;

/// <summary>
/// Interop: a consumer in Python (Debian python3-pika, /usr/bin/python3) binds <c>article.published.43.#</c> and receives
/// exactly the Hunan articles of the seeds, with CloudEvents attributes and bodies valid against contracts/schemas.
/// </summary>
public sealed class PythonConsumerTests
{
    [Fact]
    public async Task A_python_consumer_bound_to_hunan_receives_exactly_the_hunan_articles_with_valid_bodies()
    {
        await RunAsync("bash", [Path.Combine(RepositoryPaths.Root, "tests", "setup", "python-consumers.sh")]);
        await using var pipeline = await ServicePipeline.StartAsync();
        var lines = new ConcurrentQueue<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "consumers", "hunan_consumer.py"), "--vhost", LocalBroker.VirtualHost,
            "--exchange", pipeline.Exchange, "--binding", "article.published.43.#",
            "--schema", Path.Combine(RepositoryPaths.Root, "contracts", "schemas", "article.schema.json"), "--timeout", "300",
        })
        {
            psi.ArgumentList.Add(arg);
        }
        using var python = Process.Start(psi)!;
        var stderr = python.StandardError.ReadToEndAsync();
        python.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lines.Enqueue(e.Data);
            if (e.Data.Contains("\"ready\"", StringComparison.Ordinal)) ready.TrySetResult();
        };
        python.BeginOutputReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));

            var ids = new List<string>();
            foreach (var seed in ServicePipeline.SeedTexts()) ids.Add(await pipeline.PushAsync(seed));
            await pipeline.WaitUntilPublishedAndDispatchedAsync(ids, TimeSpan.FromSeconds(180));
            // Everything was confirmed by the broker before this marker is sent, so it is the queue's last message.
            await SendEndMarkerAsync(pipeline.Exchange);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await python.WaitForExitAsync(timeout.Token);
            Assert.True(python.ExitCode == 0, $"consumer exited {python.ExitCode}:\n{await stderr}\n{string.Join('\n', lines)}");

            var expected = new List<string>();
            foreach (var id in ids)
            {
                var articles = (await pipeline.Store.Articles.QueryAsync(new ArticleQuery(BulletinId: id, Limit: 500))).Items;
                expected.AddRange(articles.Where(a => a.Enrichment?.Regions.Primary?.Code.StartsWith("43", StringComparison.Ordinal) == true).Select(a => a.Id));
            }
            Assert.NotEmpty(expected); // seed 003 reports from 湖南衡阳市

            var messages = lines.Select(l => JsonDocument.Parse(l).RootElement)
                .Where(e => e.GetProperty("event").GetString() == "message").ToList();
            var subjects = messages.Select(m => m.GetProperty("attributes").GetProperty("subject").GetString()!).ToList();
            Assert.Equal(expected.Order(StringComparer.Ordinal), subjects.Order(StringComparer.Ordinal));
            Assert.All(messages, m =>
            {
                var problems = m.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
                Assert.True(problems.Count == 0, $"{m.GetProperty("attributes")}: {string.Join("; ", problems)}");
                Assert.Equal("article.published", m.GetProperty("attributes").GetProperty("type").GetString());
                Assert.StartsWith("article.published.43.", m.GetProperty("routingKey").GetString(), StringComparison.Ordinal);
                Assert.StartsWith("43", m.GetProperty("region").GetString(), StringComparison.Ordinal);
            });
        }
        finally
        {
            if (!python.HasExited) python.Kill(entireProcessTree: true);
        }
    }

    private static async Task SendEndMarkerAsync(string exchange)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", VirtualHost = LocalBroker.VirtualHost, UserName = "guest", Password = "guest" };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var properties = new BasicProperties { Headers = new Dictionary<string, object?> { ["cloudEvents:type"] = "test.end" } };
        await channel.BasicPublishAsync(exchange, "article.published.43.end-of-test", false, properties, Encoding.UTF8.GetBytes("{}"));
    }

    private static async Task RunAsync(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {await output}{await error}");
    }
}
