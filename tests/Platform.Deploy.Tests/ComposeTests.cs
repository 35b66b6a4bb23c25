using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Deploy.Tests;

public sealed partial class ComposeTests
{
    private static readonly string ComposeFile = Tools.PathOf("deploy", "compose", "docker-compose.yml");

    [Fact]
    public void Every_service_is_read_only_non_root_with_tmp_and_a_healthcheck()
    {
        var services = Tools.ComposeConfig()["services"]!.AsObject();
        foreach (var (name, node) in services)
        {
            var s = node!.AsObject();
            Assert.True(s["read_only"]?.GetValue<bool>() == true, $"{name}: read_only");
            var user = s.Str("user");
            Assert.False(string.IsNullOrEmpty(user) || user.StartsWith('0') || user.StartsWith("root", StringComparison.Ordinal), $"{name}: non-root user (was '{user}')");
            Assert.Contains("/tmp", (s["tmpfs"] as JsonArray ?? []).Select(t => t!.ToString()));
            // The one-shot replica-set initiator is the only service without a health check.
            if (name != "mongodb-init") Assert.True(s.At("healthcheck", "test") is JsonArray, $"{name}: healthcheck");
        }
    }

    [Fact]
    public void Every_service_host_is_built_from_the_dockerfile_and_waits_for_healthy_dependencies()
    {
        var services = Tools.ComposeConfig()["services"]!.AsObject();
        foreach (var host in Tools.ServiceHosts())
        {
            var name = host.ToLowerInvariant();
            var s = services[name]?.AsObject();
            Assert.True(s is not null, $"compose has no service '{name}' for services/Platform.{host}.Host");
            Assert.Equal("deploy/docker/Dockerfile", s!.Str("build", "dockerfile"));
            Assert.Equal(host, s.Str("build", "args", "SERVICE"));
            Assert.Contains("platform-" + name, s.Str("image"), StringComparison.Ordinal);
            Assert.Equal("service_healthy", s.Str("depends_on", "rabbitmq", "condition"));
            Assert.Equal("service_healthy", s.Str("depends_on", "mongodb", "condition"));
            Assert.Equal("service_completed_successfully", s.Str("depends_on", "mongodb-init", "condition"));
            Assert.Equal(["CMD", "/app/healthcheck"], s.At("healthcheck", "test")!.AsArray().Select(t => t!.ToString()));
            foreach (var (env, _) in s["environment"]!.AsObject())
            {
                Assert.True(Settings.EnvironmentVariables.Contains(env), $"{name}: environment {env} is not a setting of ConfigurationKeys");
            }
        }
    }

    [Fact]
    public void Secrets_are_interpolated_from_env_and_listed_in_env_example()
    {
        var raw = File.ReadAllText(ComposeFile);
        var example = File.ReadAllText(Tools.PathOf("deploy", "compose", ".env.example"));
        foreach (var secret in Settings.Secrets)
        {
            var lines = raw.Split('\n').Where(l => l.TrimStart().StartsWith(secret + ":", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                var m = Interpolation().Match(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                Assert.True(m.Success, $"{secret} must be a ${{VARIABLE}} from .env, not a literal: {line.Trim()}");
                Assert.Matches($"(?m)^{m.Groups[1].Value}=", example);
            }
        }
    }

    [Fact]
    public void Broker_database_and_tracing_are_set_up_as_the_platform_needs()
    {
        var services = Tools.ComposeConfig()["services"]!.AsObject();
        var rabbit = services["rabbitmq"]!;
        Assert.Contains("management", rabbit.Str("image"), StringComparison.Ordinal);
        Assert.Equal(services["parse"].Str("environment", "Platform__Transport__VirtualHost"), rabbit.Str("environment", "RABBITMQ_DEFAULT_VHOST"));
        var conf = Assert.Single(Volumes(rabbit), v => v.Target == "/etc/rabbitmq/conf.d/20-platform.conf");
        // The files kustomize puts in ConfigMaps are mounted from the dev overlay, so compose and Kubernetes share one copy.
        Assert.Equal(Tools.PathOf("deploy", "k8s", "overlays", "dev", "rabbitmq", "rabbitmq.conf"), conf.Source);
        Assert.Contains("default_queue_type = quorum", File.ReadAllText(conf.Source!), StringComparison.Ordinal);

        var mongo = services["mongodb"]!;
        Assert.StartsWith("mongo:7", mongo.Str("image"), StringComparison.Ordinal);
        Assert.Contains("--replSet", mongo["command"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("replicaSet=rs0", services["parse"].Str("environment", "Platform__Store__MongoUri"), StringComparison.Ordinal);
        var init = Assert.Single(Volumes(services["mongodb-init"]), v => v.Target == "/init/init-replica-set.js");
        Assert.Equal(Tools.PathOf("deploy", "k8s", "overlays", "dev", "mongodb", "init-replica-set.js"), init.Source);

        var jaegerPorts = Ports(services["jaeger"]).Select(p => p.Target).ToList();
        Assert.Contains("16686", jaegerPorts);
        Assert.Contains("4317", jaegerPorts);
        Assert.Contains("4318", jaegerPorts);
        Assert.Equal("http://jaeger:4317", services["parse"].Str("environment", "OTEL_EXPORTER_OTLP_ENDPOINT"));
    }

    [Fact]
    public void Every_service_has_a_memory_limit_and_each_host_the_one_its_kubernetes_deployment_has()
    {
        var services = Tools.ComposeConfig()["services"]!.AsObject();
        foreach (var (name, node) in services)
        {
            var limit = node.Str("mem_limit") ?? node.Str("deploy", "resources", "limits", "memory");
            Assert.True(!string.IsNullOrEmpty(limit), $"{name}: mem_limit");
        }
        // Sized from tests/Platform.Benchmarks/memory.sh (RESULTS.md): one number per host, for compose and Kubernetes alike.
        var deployments = Tools.Kustomize("deploy/k8s/base").Where(o => o.Str("kind") == "Deployment").ToList();
        foreach (var host in Tools.ServiceHosts())
        {
            var name = host.ToLowerInvariant();
            var container = deployments.Single(d => d.Str("metadata", "name") == "platform-" + name).At("spec", "template", "spec").Objects("containers").Single();
            Assert.Equal(Bytes(container.Str("resources", "limits", "memory")!), Bytes(services[name].Str("mem_limit")!));
        }
    }

    // Compose writes 512m (or bytes, after v2's config), Kubernetes 512Mi: both binary multiples.
    private static long Bytes(string quantity)
    {
        var m = MemoryQuantity().Match(quantity);
        Assert.True(m.Success, $"memory quantity '{quantity}'");
        var shift = char.ToLowerInvariant(m.Groups["unit"].Value.FirstOrDefault()) switch { 'k' => 10, 'm' => 20, 'g' => 30, _ => 0 };
        return long.Parse(m.Groups["amount"].Value, System.Globalization.CultureInfo.InvariantCulture) << shift;
    }

    [GeneratedRegex(@"^(?<amount>\d+)\s*(?<unit>[kKmMgG]i?b?)?$")]
    private static partial Regex MemoryQuantity();

    [Fact]
    public void Seeds_are_mounted_read_only_into_the_fetch_drop_folder()
    {
        var fetch = Tools.ComposeConfig()["services"]!["fetch"]!;
        var drop = fetch.Str("environment", "Platform__Fetch__DropFolder");
        Assert.False(string.IsNullOrEmpty(drop));
        var seeds = Assert.Single(Volumes(fetch), v => v.Target == drop);
        Assert.Equal(Tools.PathOf("seeds"), seeds.Source);
        Assert.True(seeds.ReadOnly, "seeds mount must be read-only");
    }

    [Fact]
    public void Every_published_port_is_documented_in_the_readme()
    {
        var readme = File.ReadAllText(Tools.PathOf("deploy", "README.md"));
        foreach (var (name, node) in Tools.ComposeConfig()["services"]!.AsObject())
        {
            foreach (var (hostIp, published, _) in Ports(node))
            {
                Assert.True(hostIp == "127.0.0.1", $"{name}: port {published} must bind to 127.0.0.1");
                Assert.Contains($"| {published} |", readme, StringComparison.Ordinal);
            }
        }
    }

    // docker-compose 1.x prints the short syntax ("127.0.0.1:5081:5081/tcp", "src:dst:ro"); v2 the long one.
    private static IEnumerable<(string? HostIp, string? Published, string? Target)> Ports(JsonNode? service)
    {
        foreach (var p in service?["ports"] as JsonArray ?? [])
        {
            if (p is JsonObject o)
            {
                yield return (o.Str("host_ip"), o.Str("published"), o.Str("target"));
                continue;
            }
            var parts = p!.ToString().Split('/')[0].Split(':');
            yield return parts.Length switch
            {
                3 => (parts[0], parts[1], parts[2]),
                2 => (null, parts[0], parts[1]),
                _ => (null, null, parts[0]),
            };
        }
    }

    private static IEnumerable<(string? Source, string? Target, bool ReadOnly)> Volumes(JsonNode? service)
    {
        foreach (var v in service?["volumes"] as JsonArray ?? [])
        {
            if (v is JsonObject o)
            {
                yield return (o.Str("source"), o.Str("target"), o["read_only"]?.GetValue<bool>() == true);
                continue;
            }
            var parts = v!.ToString().Split(':');
            yield return (parts[0], parts.Length > 1 ? parts[1] : parts[0], parts.Length > 2 && parts[2].Split(',').Contains("ro"));
        }
    }

    [GeneratedRegex(@"^\$\{([A-Z][A-Z0-9_]*)(:?[-?][^}]*)?\}$")]
    private static partial Regex Interpolation();
}
