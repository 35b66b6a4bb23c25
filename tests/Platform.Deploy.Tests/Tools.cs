using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Platform.Deploy.Tests;

/// <summary>Runs the validators (kubectl, docker-compose, python3-yaml) as processes, as CI does.</summary>
internal static class Tools
{
    public static string PathOf(params string[] parts) => RepositoryRoot.Combine(parts);

    public static (int ExitCode, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, string? stdin = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>`kubectl kustomize DIR`, parsed: every rendered object.</summary>
    public static IReadOnlyList<JsonObject> Kustomize(string relativeDirectory)
    {
        var (code, stdout, stderr) = Run("kubectl", ["kustomize", PathOf(relativeDirectory)]);
        Assert.True(code == 0, $"kubectl kustomize {relativeDirectory} failed ({code}): {stderr}");
        return YamlDocuments(stdout).Select(n => n.AsObject()).ToList();
    }

    /// <summary>`docker-compose config` with .env.example (validates without an engine), parsed.</summary>
    public static JsonObject ComposeConfig()
    {
        var dir = PathOf("deploy", "compose");
        var (code, stdout, stderr) = Run("docker-compose", ["--env-file", Path.Combine(dir, ".env.example"), "-f", Path.Combine(dir, "docker-compose.yml"), "config"], workingDirectory: dir);
        Assert.True(code == 0, $"docker-compose config failed ({code}): {stderr}");
        return YamlDocuments(stdout).Single().AsObject();
    }

    /// <summary>
    /// YAML to JSON through Debian's python3-yaml (installed by tests/setup/deploy-tools.sh; docker-compose
    /// itself parses with it), since no YAML library is referenced by the solution.
    /// </summary>
    public static IReadOnlyList<JsonNode> YamlDocuments(string yaml)
    {
        const string script = "import sys, json, yaml\njson.dump([d for d in yaml.safe_load_all(sys.stdin) if d is not None], sys.stdout, default=str)";
        var (code, stdout, stderr) = Run("/usr/bin/python3", ["-c", script], stdin: yaml);
        Assert.True(code == 0, $"YAML conversion failed ({code}): {stderr}");
        return JsonNode.Parse(stdout)!.AsArray().Select(n => n!).ToList();
    }

    /// <summary>Service hosts in the solution: services/Platform.X.Host → "X".</summary>
    public static IReadOnlyList<string> ServiceHosts() =>
        Directory.GetDirectories(PathOf("services"), "Platform.*.Host")
            .Select(d => Path.GetFileName(d)["Platform.".Length..^".Host".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
}

internal static class JsonExtensions
{
    public static string? Str(this JsonNode? node, params string[] path)
    {
        var n = node.At(path);
        return n is JsonValue v ? v.ToString() : null;
    }

    public static JsonNode? At(this JsonNode? node, params string[] path)
    {
        foreach (var p in path)
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(p, out node)) return null;
        }
        return node;
    }

    public static IEnumerable<JsonObject> Objects(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonArray a ? a.OfType<JsonObject>() : [];
}
