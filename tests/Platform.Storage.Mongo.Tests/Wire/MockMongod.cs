using System.Diagnostics;
using System.Text.Json;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>
/// A python3-mockupdb server (Wire/mock_mongod.py) this test process starts and scripts: each request
/// the driver sends is handed to the test, which decides the reply, an error or a hang-up.
/// </summary>
public sealed class MockMongod : IAsyncDisposable
{
    private readonly Process process;

    private MockMongod(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Uri => $"mongodb://127.0.0.1:{Port}/";

    /// <param name="standalone">Answer handshakes as a standalone server instead of a replica-set primary.</param>
    public static async Task<MockMongod> StartAsync(bool standalone = false)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Wire", "mock_mongod.py");
        var start = new ProcessStartInfo("/usr/bin/python3", standalone ? ["-u", script, "--standalone"] : ["-u", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var first = await ReadLineAsync(process);
        return new MockMongod(process, first["port"]!.GetValue<int>());
    }

    /// <summary>The next request the driver sent (handshakes excluded).</summary>
    public async Task<MockRequest> ReceiveAsync()
    {
        var answer = await SendAsync(new JsonObject { ["op"] = "receive" });
        return new MockRequest(answer["name"]!.GetValue<string>(), answer["doc"]!.AsObject());
    }

    public Task ReplyAsync(JsonObject doc) => SendAsync(new JsonObject { ["op"] = "reply", ["doc"] = doc });

    public Task CommandErrorAsync(int code, string errmsg, params string[] labels) =>
        SendAsync(new JsonObject
        {
            ["op"] = "command_err",
            ["code"] = code,
            ["errmsg"] = errmsg,
            ["labels"] = new JsonArray(labels.Select(l => (JsonNode)l).ToArray()),
        });

    public Task HangupAsync() => SendAsync(new JsonObject { ["op"] = "hangup" });

    /// <summary>Every handshake (isMaster/hello) the server answered so far, in order.</summary>
    public async Task<IReadOnlyList<JsonObject>> HandshakesAsync() =>
        (await SendAsync(new JsonObject { ["op"] = "handshakes" }))["docs"]!.AsArray().Select(d => d!.AsObject()).ToList();

    /// <summary>
    /// Answers requests with <paramref name="reply"/> until one satisfies <paramref name="last"/> (answered too);
    /// returns them all. For command sequences a test does not script one by one (GridFS, index creation).
    /// </summary>
    public async Task<IReadOnlyList<MockRequest>> ServeAsync(Func<MockRequest, JsonObject> reply, Func<MockRequest, bool> last)
    {
        var served = new List<MockRequest>();
        while (true)
        {
            var request = await ReceiveAsync();
            served.Add(request);
            await ReplyAsync(reply(request));
            if (last(request))
            {
                return served;
            }
        }
    }

    private async Task<JsonObject> SendAsync(JsonObject instruction)
    {
        await process.StandardInput.WriteLineAsync(instruction.ToJsonString());
        await process.StandardInput.FlushAsync();
        var answer = await ReadLineAsync(process);
        if (answer["error"] is { } error)
        {
            throw new InvalidOperationException($"mock mongod: {error}");
        }
        return answer;
    }

    private static async Task<JsonObject> ReadLineAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("mock mongod exited");
        return JsonNode.Parse(line)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await process.StandardInput.WriteLineAsync("{\"op\":\"stop\"}");
            await process.StandardInput.FlushAsync();
            if (!process.WaitForExit(3000))
            {
                process.Kill();
            }
        }
        catch (IOException)
        {
            process.Kill();
        }
        process.Dispose();
    }
}

/// <summary>A command as the server received it, in canonical Extended JSON.</summary>
public sealed record MockRequest(string Name, JsonObject Doc)
{
    public JsonNode? this[string field] => Doc[field];

    public override string ToString() => Doc.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
