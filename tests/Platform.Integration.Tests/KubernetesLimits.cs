using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Integration.Tests;

/// <summary>
/// A service's resources.limits in deploy/k8s/base, and the settings .NET derives from them inside the image: the CPU
/// limit as its processor count (one CPU means workstation GC) and the image's share of the memory limit
/// (DOTNET_GCHeapHardLimitPercent in deploy/docker/Dockerfile; .NET's default in a container is 75%) as its GC heap
/// limit. This machine has no container runtime, so a host process is given those settings directly.
/// </summary>
public sealed partial record KubernetesLimits(long MemoryBytes, int Cpus)
{
    public static KubernetesLimits Of(string service)
    {
        var file = service.ToLowerInvariant() + ".yaml";
        var manifest = File.ReadAllText(RepositoryRoot.Combine("deploy", "k8s", "base", file));
        var at = manifest.IndexOf("limits:", StringComparison.Ordinal);
        Assert.True(at >= 0, $"deploy/k8s/base/{file} has no resources.limits");
        // The first cpu and memory after "limits:" (the requests come before it).
        var memory = Memory().Match(manifest, at);
        var cpu = Cpu().Match(manifest, at);
        Assert.True(memory.Success && cpu.Success, $"deploy/k8s/base/{file}: limits.memory in Mi or Gi and limits.cpu in cores or millicores");
        var bytes = long.Parse(memory.Groups["amount"].Value, CultureInfo.InvariantCulture) * (memory.Groups["unit"].Value == "Gi" ? 1L << 30 : 1L << 20);
        var cores = int.Parse(cpu.Groups["amount"].Value, CultureInfo.InvariantCulture);
        return new KubernetesLimits(bytes, cpu.Groups["milli"].Success ? Math.Max(1, (cores + 999) / 1000) : cores);
    }

    /// <summary>The runtime settings a container with these limits implies.</summary>
    public IReadOnlyDictionary<string, string> ContainerRuntimeSettings() => new Dictionary<string, string>
    {
        ["DOTNET_PROCESSOR_COUNT"] = Cpus.ToString(CultureInfo.InvariantCulture),
        ["DOTNET_GCHeapHardLimit"] = (MemoryBytes * ImageHeapPercent() / 100).ToString("x", CultureInfo.InvariantCulture),
    };

    private static int ImageHeapPercent()
    {
        var percent = HeapPercent().Match(File.ReadAllText(RepositoryRoot.Combine("deploy", "docker", "Dockerfile")));
        return percent.Success ? int.Parse(percent.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture) : 75;
    }

    // GC settings in the environment are hexadecimal.
    [GeneratedRegex(@"DOTNET_GCHeapHardLimitPercent=(?:0x)?(?<hex>[0-9A-Fa-f]+)")]
    private static partial Regex HeapPercent();

    [GeneratedRegex(@"memory:\s*""?(?<amount>\d+)(?<unit>Mi|Gi)")]
    private static partial Regex Memory();

    [GeneratedRegex(@"cpu:\s*""?(?<amount>\d+)(?<milli>m)?")]
    private static partial Regex Cpu();
}
