using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Deploy.Tests;

public sealed partial class KubernetesTests
{
    public static TheoryData<string> Layers => new() { "deploy/k8s/base", "deploy/k8s/overlays/dev", "deploy/k8s/overlays/prod" };

    private static readonly string[] WorkloadKinds = ["Deployment", "StatefulSet", "Job"];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_workload_is_hardened_and_sized(string layer)
    {
        var objects = Tools.Kustomize(layer);
        var workloads = objects.Where(o => WorkloadKinds.Contains(o.Str("kind"))).ToList();
        Assert.NotEmpty(workloads);
        foreach (var w in workloads)
        {
            var name = $"{w.Str("kind")}/{w.Str("metadata", "name")}";
            var pod = w.At("spec", "template", "spec");
            Assert.True(pod.At("securityContext", "runAsNonRoot")?.GetValue<bool>() == true, $"{name}: pod securityContext.runAsNonRoot");
            Assert.True(pod.Str("securityContext", "runAsUser") is { } uid && uid != "0", $"{name}: pod runs as a non-zero UID");
            Assert.Equal("RuntimeDefault", pod.Str("securityContext", "seccompProfile", "type"));
            Assert.Equal("false", pod.Str("automountServiceAccountToken"));
            foreach (var c in pod.Objects("containers"))
            {
                var where = $"{name} container {c.Str("name")}";
                Assert.True(c.At("securityContext", "readOnlyRootFilesystem")?.GetValue<bool>() == true, $"{where}: readOnlyRootFilesystem");
                Assert.True(c.At("securityContext", "allowPrivilegeEscalation")?.GetValue<bool>() == false, $"{where}: allowPrivilegeEscalation false");
                Assert.Contains("ALL", (c.At("securityContext", "capabilities", "drop") as JsonArray ?? []).Select(d => d!.ToString()));
                foreach (var kind in new[] { "requests", "limits" })
                {
                    foreach (var resource in new[] { "cpu", "memory" })
                    {
                        Assert.False(string.IsNullOrEmpty(c.Str("resources", kind, resource)), $"{where}: resources.{kind}.{resource}");
                    }
                }
                if (w.Str("kind") != "Job")
                {
                    Assert.True(c.At("livenessProbe") is JsonObject, $"{where}: livenessProbe");
                    Assert.True(c.At("readinessProbe") is JsonObject, $"{where}: readinessProbe");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_service_host_has_a_deployment_service_and_budget_with_health_probes_and_graceful_shutdown(string layer)
    {
        var objects = Tools.Kustomize(layer);
        foreach (var host in Tools.ServiceHosts())
        {
            var name = "platform-" + host.ToLowerInvariant();
            var deployment = Single(objects, "Deployment", name);
            var pod = deployment.At("spec", "template", "spec");
            var container = Assert.Single(pod.Objects("containers"));
            Assert.Contains(name, container.Str("image"), StringComparison.Ordinal);
            Assert.Equal("/health/live", container.Str("livenessProbe", "httpGet", "path"));
            Assert.Equal("/health/ready", container.Str("readinessProbe", "httpGet", "path"));

            // Port: the host's own default (appsettings.json "Urls"), so nothing overrides it.
            var appsettings = File.ReadAllText(Tools.PathOf("services", $"Platform.{host}.Host", "appsettings.json"));
            var port = UrlsPort().Match(appsettings).Groups[1].Value;
            Assert.Equal(port, Assert.Single(container.Objects("ports")).Str("containerPort"));

            // Prometheus scrapes the OpenTelemetry exporter every host maps at /metrics, on that port.
            var annotations = deployment.At("spec", "template", "metadata", "annotations");
            Assert.Equal("true", annotations.Str("prometheus.io/scrape"));
            Assert.Equal(port, annotations.Str("prometheus.io/port"));
            Assert.Equal("/metrics", annotations.Str("prometheus.io/path"));

            var preStop = container.At("lifecycle", "preStop", "exec", "command") as JsonArray;
            Assert.NotNull(preStop);
            var sleep = int.Parse(preStop!.Last()!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
            var grace = int.Parse(pod.Str("terminationGracePeriodSeconds")!, System.Globalization.CultureInfo.InvariantCulture);
            // preStop + ASP.NET's default 30 s host shutdown (in-flight messages finish there) must fit.
            Assert.True(grace >= sleep + 30, $"{name}: terminationGracePeriodSeconds {grace} < preStop {sleep} s + 30 s shutdown");

            var service = Single(objects, "Service", name);
            Assert.Equal(name, service.Str("spec", "selector", "app.kubernetes.io/name"));
            var pdb = Single(objects, "PodDisruptionBudget", name);
            Assert.Equal(name, pdb.Str("spec", "selector", "matchLabels", "app.kubernetes.io/name"));
        }
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Environment_names_are_real_settings_and_secrets_come_from_secrets(string layer)
    {
        var objects = Tools.Kustomize(layer);
        var config = Single(objects, "ConfigMap", "platform-config");
        foreach (var (key, _) in config["data"]!.AsObject())
        {
            Assert.True(Settings.EnvironmentVariables.Contains(key), $"ConfigMap platform-config: {key} is not a setting of ConfigurationKeys");
            Assert.False(Settings.Secrets.Contains(key), $"ConfigMap platform-config holds the secret {key}");
        }
        foreach (var host in Tools.ServiceHosts())
        {
            var container = Single(objects, "Deployment", "platform-" + host.ToLowerInvariant()).At("spec", "template", "spec").Objects("containers").Single();
            Assert.Contains(container.Objects("envFrom"), e => e.Str("configMapRef", "name") == "platform-config");
            foreach (var env in container.Objects("env"))
            {
                var name = env.Str("name")!;
                Assert.True(Settings.EnvironmentVariables.Contains(name), $"{host}: env {name} is not a setting of ConfigurationKeys");
                if (Settings.Secrets.Contains(name))
                {
                    Assert.Null(env.At("value"));
                    Assert.NotNull(env.Str("valueFrom", "secretKeyRef", "name"));
                }
            }
            foreach (var secret in new[] { "Platform__Transport__Password", "Platform__Store__MongoUri" })
            {
                Assert.Contains(container.Objects("env"), e => e.Str("name") == secret);
            }
        }
    }

    [Fact]
    public void Secret_list_matches_the_settings_documented_as_secret()
    {
        foreach (var secret in Settings.Secrets) Assert.Contains(secret, Settings.EnvironmentVariables);
        foreach (var documented in Settings.DocumentedAsSecret()) Assert.Contains(documented, Settings.Secrets);
    }

    [Fact]
    public void Every_secret_reference_is_documented_in_the_readme()
    {
        var readme = File.ReadAllText(Tools.PathOf("deploy", "README.md"));
        foreach (var layer in new[] { "deploy/k8s/base", "deploy/k8s/overlays/dev", "deploy/k8s/overlays/prod" })
        {
            var refs = Tools.Kustomize(layer).SelectMany(SecretReferences);
            foreach (var (secret, key) in refs)
            {
                Assert.Contains(secret, readme, StringComparison.Ordinal);
                Assert.Contains(key, readme, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Dev_runs_single_replicas_with_in_cluster_broker_and_replica_set()
    {
        var objects = Tools.Kustomize("deploy/k8s/overlays/dev");
        foreach (var d in objects.Where(o => o.Str("kind") == "Deployment")) Assert.Equal("1", d.Str("spec", "replicas"));
        var rabbit = Single(objects, "StatefulSet", "platform-rabbitmq");
        var rabbitEnv = rabbit.At("spec", "template", "spec").Objects("containers").Single().Objects("env").ToList();
        Assert.Equal("platform", rabbitEnv.Single(e => e.Str("name") == "RABBITMQ_DEFAULT_VHOST").Str("value"));
        Assert.Equal("platform", Single(objects, "ConfigMap", "platform-config").Str("data", "Platform__Transport__VirtualHost"));
        Assert.Contains("--replSet", Single(objects, "StatefulSet", "platform-mongodb").At("spec", "template", "spec").Objects("containers").Single()["args"]!.ToJsonString(), StringComparison.Ordinal);
        Single(objects, "Job", "platform-mongodb-init");
        Single(objects, "Service", "platform-rabbitmq");
    }

    [Fact]
    public void Prod_uses_the_operators_scales_on_queue_depth_including_unacked_and_denies_by_default()
    {
        var objects = Tools.Kustomize("deploy/k8s/overlays/prod");
        var rabbit = Single(objects, "RabbitmqCluster", "platform-rabbitmq");
        Assert.Contains("default_queue_type = quorum", rabbit.Str("spec", "rabbitmq", "additionalConfig"), StringComparison.Ordinal);
        Assert.Equal("quorum", Single(objects, "Vhost", "platform").Str("spec", "defaultQueueType"));
        var mongo = Single(objects, "MongoDBCommunity", "platform-mongodb");
        Assert.Equal("ReplicaSet", mongo.Str("spec", "type"));

        // Queue names as the stages' consumers read them in code (their endpoints follow ConsumerQueues).
        var queues = new Dictionary<string, string> { ["parse"] = "parse-bulletin", ["enrich"] = "enrich-bulletin", ["publish"] = "publish-bulletin" };
        Assert.Equal(queues.Values, new[] { typeof(Platform.Parse.ParseBulletinConsumer), typeof(Platform.Enrich.EnrichBulletinConsumer), typeof(Platform.Publish.PublishBulletinConsumer) }
            .Select(consumer => Platform.Hosting.Messaging.ConsumerQueues.For(consumer).Name));
        foreach (var (service, queue) in queues)
        {

            var scaled = Single(objects, "ScaledObject", "platform-" + service);
            Assert.Equal("platform-" + service, scaled.Str("spec", "scaleTargetRef", "name"));
            Assert.NotNull(scaled.Str("spec", "fallback", "replicas"));
            var trigger = Assert.Single(scaled.Objects("spec", "triggers"), t => t.Str("type") == "rabbitmq");
            Assert.Equal(queue, trigger.Str("metadata", "queueName"));
            Assert.Equal("QueueLength", trigger.Str("metadata", "mode"));
            Assert.Equal("http", trigger.Str("metadata", "protocol")); // only the management API counts unacked messages
            Assert.NotEqual("true", trigger.Str("metadata", "excludeUnacknowledged"));
            Assert.Equal("platform", trigger.Str("metadata", "vhostName"));
        }
        Single(objects, "HorizontalPodAutoscaler", "platform-fetch");

        var deny = Single(objects, "NetworkPolicy", "default-deny-all");
        Assert.Empty(deny.At("spec", "podSelector")!.AsObject());
        Assert.Equal(["Ingress", "Egress"], deny.At("spec", "policyTypes")!.AsArray().Select(p => p!.ToString()));
        Assert.Contains(objects, o => o.Str("kind") == "NetworkPolicy" && o.Str("metadata", "name") == "allow-dns");

        // Feeds (fetch) and webhooks (publish) need HTTP(S) out to public addresses, never to internal ones.
        var external = Single(objects, "NetworkPolicy", "platform-external-egress");
        var selected = external.At("spec", "podSelector", "matchExpressions")!.AsArray().OfType<JsonObject>()
            .SelectMany(e => e.At("values")!.AsArray().Select(v => v!.ToString())).ToList();
        Assert.Equal(["fetch", "publish"], selected);
        var rule = Assert.Single(external.Objects("spec", "egress"));
        Assert.Equal(["80", "443"], rule.Objects("ports").Select(p => p.Str("port")));
        var v4 = Assert.Single(rule.Objects("to"), t => t.Str("ipBlock", "cidr") == "0.0.0.0/0");
        var excepted = v4.At("ipBlock", "except")!.AsArray().Select(c => c!.ToString()).ToList();
        Assert.All(new[] { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8" }, c => Assert.Contains(c, excepted));
    }

    private static JsonObject Single(IEnumerable<JsonObject> objects, string kind, string name) =>
        Assert.Single(objects, o => o.Str("kind") == kind && o.Str("metadata", "name") == name);

    private static IEnumerable<(string Secret, string Key)> SecretReferences(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["secretKeyRef"] is JsonObject r) yield return (r.Str("name")!, r.Str("key")!);
                if (o["secretTargetRef"] is JsonArray targets)
                {
                    foreach (var t in targets.OfType<JsonObject>()) yield return (t.Str("name")!, t.Str("key")!);
                }
                foreach (var (_, child) in o)
                {
                    if (child is not null) foreach (var x in SecretReferences(child)) yield return x;
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null) foreach (var x in SecretReferences(child)) yield return x;
                }
                break;
        }
    }

    [GeneratedRegex("\"Urls\"\\s*:\\s*\"[^\"]*:(\\d+)\"")]
    private static partial Regex UrlsPort();
}
