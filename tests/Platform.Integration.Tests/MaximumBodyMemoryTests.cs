using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Testing;

namespace Platform.Integration.Tests;

/// <summary>
/// Issue 13 item 12: bulletins at the maximum push body (Platform:Fetch:MaxBodyBytes, 10 MiB) through the four hosts as
/// OS processes keep every host's peak resident set (VmHWM) under 80% of its Kubernetes memory limit.
/// </summary>
public sealed partial class MaximumBodyMemoryTests : IAsyncLifetime
{
    private const int MaxBodyBytes = 10 * 1024 * 1024;
    private const int MaxTextChars = 4_000_000; // FormatLimits.MaxTextChars: binds before the bytes for this text
    private const double LimitShare = 0.8;
    private const int Pushes = 2;
    private ServicePipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await ServicePipeline.StartAsync();

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task Maximum_size_bulletins_are_published_with_every_host_under_80_percent_of_its_kubernetes_memory_limit()
    {
        var ids = new List<string>();
        for (var i = 1; i <= Pushes; i++)
        {
            var text = BodyUnder(MaxBodyBytes - 4096, $"第{i}次");
            ids.Add(await _pipeline.PushAsync(text, System.Net.HttpStatusCode.Accepted));
            await _pipeline.WaitUntilPublishedAndDispatchedAsync(ids, TimeSpan.FromSeconds(50));
        }

        var over = new List<string>();
        foreach (var process in _pipeline.Processes)
        {
            var peak = process.PeakResidentBytes();
            var bound = (long)(KubernetesMemoryLimitBytes(process.Service) * LimitShare);
            if (peak >= bound) over.Add($"{process.Service}: peak RSS {peak / 1048576} MiB >= {bound / 1048576} MiB");
        }
        Assert.True(over.Count == 0, string.Join("; ", over));
    }

    /// <summary>The seeds-shaped large bulletin with as many paragraphs as fit in <paramref name="bytes"/> UTF-8 bytes and the text limit.</summary>
    private static string BodyUnder(int bytes, string tag)
    {
        var perParagraph = Encoding.UTF8.GetByteCount(LargeBulletin.Text(1000, tag)) / 1000.0;
        var paragraphs = (int)(bytes / perParagraph);
        string text;
        while (Encoding.UTF8.GetByteCount(text = LargeBulletin.Text(paragraphs, tag)) > bytes || text.Length >= MaxTextChars) paragraphs -= paragraphs / 100 + 1;
        return text;
    }

    /// <summary>resources.limits.memory of the service's Deployment in deploy/k8s/base, in bytes.</summary>
    private static long KubernetesMemoryLimitBytes(string service)
    {
        var manifest = File.ReadAllText(RepositoryRoot.Combine("deploy", "k8s", "base", service.ToLowerInvariant() + ".yaml"));
        var match = MemoryLimit().Match(manifest);
        Assert.True(match.Success, $"deploy/k8s/base/{service.ToLowerInvariant()}.yaml has no resources.limits.memory in Mi or Gi");
        var amount = long.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        return amount * (match.Groups["unit"].Value == "Gi" ? 1L << 30 : 1L << 20);
    }

    [GeneratedRegex(@"limits:\s*\n(?:\s+\w+:.*\n)*?\s+memory:\s*""?(?<amount>\d+)(?<unit>Mi|Gi)")]
    private static partial Regex MemoryLimit();
}
