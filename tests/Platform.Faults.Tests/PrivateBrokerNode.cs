using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RabbitMQ.Client;

namespace Platform.Faults.Tests;

/// <summary>
/// A second RabbitMQ node of the installed Debian rabbitmq-server, for scenarios that stop the broker or configure it
/// differently: the machine's shared node serves other engineers' vhosts and must never go down. The node has its own
/// name, AMQP and distribution ports, data, log and pid file, config file, Erlang cookie (HOME) and no plugins, all in
/// a temp directory; only epmd is shared. Stopping and starting it again keeps its data (durable queues survive).
/// </summary>
public sealed class PrivateBrokerNode : IAsyncDisposable
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly string _dir = Directory.CreateTempSubdirectory("faults-rabbit-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _server;

    private PrivateBrokerNode(int? maxMessageBytes)
    {
        NodeName = $"faults-{Environment.ProcessId}-{Path.GetFileName(_dir)}@localhost";
        Port = FreePort();
        DistributionPort = FreePort();
        var config = new StringBuilder("disk_free_limit.absolute = 50MB\nloopback_users = none\n");
        if (maxMessageBytes is { } max) config.Append(CultureInfo.InvariantCulture, $"max_message_size = {max}\n");
        File.WriteAllText(Path.Combine(_dir, "rabbitmq.conf"), config.ToString());
        File.WriteAllText(Path.Combine(_dir, "enabled_plugins"), "[].\n");
        // An empty env file: /etc/rabbitmq/rabbitmq-env.conf pins NODENAME to the shared node's.
        File.WriteAllText(Path.Combine(_dir, "rabbitmq-env.conf"), "");
    }

    public string NodeName { get; }

    /// <summary>The node's AMQP port.</summary>
    public int Port { get; }

    public int DistributionPort { get; }

    /// <summary>How long the last <see cref="StartAsync()"/> took until the broker accepted work.</summary>
    public TimeSpan LastStartTook { get; private set; }

    /// <summary>Starts a node; <paramref name="maxMessageBytes"/> sets the broker's <c>max_message_size</c>.</summary>
    public static async Task<PrivateBrokerNode> StartAsync(int? maxMessageBytes = null)
    {
        // The package and epmd come with the machine's broker: the same setup script CI runs installs and starts them.
        await TestBroker.NewVirtualHostAsync();
        var node = new PrivateBrokerNode(maxMessageBytes);
        try
        {
            await node.StartAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the node's Erlang VM (again, after <see cref="StopAsync"/>) on the same data and waits until it runs.</summary>
    public async Task StartAsync()
    {
        var clock = Stopwatch.StartNew();
        var psi = Command("rabbitmq-server");
        _server = Process.Start(psi)!;
        _server.OutputDataReceived += (_, e) => Append(e.Data);
        _server.ErrorDataReceived += (_, e) => Append(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await ControlAsync(StartTimeout, "wait", PidFile, "--timeout", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        LastStartTook = clock.Elapsed;
    }

    /// <summary>Stops the node as an operator would (<c>rabbitmqctl stop</c>): connections drop, durable data stays.</summary>
    public async Task StopAsync()
    {
        await ControlAsync(TimeSpan.FromSeconds(60), "stop", PidFile);
        if (_server is not null && !_server.WaitForExit(TimeSpan.FromSeconds(30))) _server.Kill(entireProcessTree: true);
    }

    /// <summary>A vhost with the guest user's full permissions.</summary>
    public async Task AddVirtualHostAsync(string virtualHost)
    {
        await ControlAsync(TimeSpan.FromSeconds(30), "add_vhost", virtualHost);
        await ControlAsync(TimeSpan.FromSeconds(30), "set_permissions", "-p", virtualHost, "guest", ".*", ".*", ".*");
    }

    /// <summary>
    /// Sets the memory alarm's threshold (fraction of RAM): 0 raises the alarm at once, and the node then blocks every
    /// connection that publishes, without confirming or refusing; 0.4 (the default) clears it.
    /// </summary>
    public Task SetMemoryHighWatermarkAsync(double fraction) =>
        ControlAsync(TimeSpan.FromSeconds(30), "set_vm_memory_high_watermark", fraction.ToString(CultureInfo.InvariantCulture));

    public Task<IConnection> ConnectAsync(string virtualHost = "/") =>
        new ConnectionFactory { HostName = "127.0.0.1", Port = Port, VirtualHost = virtualHost, UserName = "guest", Password = "guest" }.CreateConnectionAsync();

    /// <summary>The settings a platform process (in-process configuration or inherited environment) needs to use this node.</summary>
    public Dictionary<string, string> ProcessSettings(string virtualHost) => new()
    {
        ["Platform__Transport__Host"] = "127.0.0.1",
        ["Platform__Transport__Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Platform__Transport__VirtualHost"] = virtualHost,
    };

    /// <summary>The settings of an in-process host (<see cref="BrokerProcess"/>) whose dispatcher sends to this node's default vhost.</summary>
    public Dictionary<string, string?> DispatcherSettings() => new()
    {
        ["Platform:Transport:Host"] = "127.0.0.1",
        ["Platform:Transport:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Platform:Publish:DispatchToBroker"] = "true",
    };

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    private string PidFile => Path.Combine(_dir, "node.pid");

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private ProcessStartInfo Command(string tool, params string[] arguments)
    {
        var path = Path.Combine(Bin, tool);
        var psi = new ProcessStartInfo(File.Exists(path) ? path : tool)
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) psi.ArgumentList.Add(argument);
        psi.Environment["HOME"] = _dir; // the node and rabbitmqctl share this Erlang cookie, and no other node's
        psi.Environment["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_dir, "rabbitmq-env.conf");
        psi.Environment["RABBITMQ_NODENAME"] = NodeName;
        psi.Environment["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture);
        psi.Environment["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture);
        psi.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(_dir, "mnesia");
        psi.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(_dir, "log");
        psi.Environment["RABBITMQ_PID_FILE"] = PidFile;
        psi.Environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(_dir, "rabbitmq.conf");
        psi.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_dir, "enabled_plugins");
        return psi;
    }

    private async Task ControlAsync(TimeSpan timeout, params string[] arguments)
    {
        var command = $"rabbitmqctl {string.Join(' ', arguments)}";
        var (exitCode, stdout, stderr) = await BoundedProcess.RunAsync(Command("rabbitmqctl", ["-n", NodeName, .. arguments]), timeout,
            _ => $"{command} took over {timeout}:\n{Output}");
        if (exitCode != 0) throw new InvalidOperationException($"{command} exited {exitCode}: {stdout}{stderr}\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            try
            {
                await ControlAsync(TimeSpan.FromSeconds(30), "stop", PidFile);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                // Killed below: the node must not outlive the test either way.
            }
            if (!_server.WaitForExit(TimeSpan.FromSeconds(10))) _server.Kill(entireProcessTree: true);
        }
        _server?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file the VM was still closing; the temp directory is left for the OS.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
