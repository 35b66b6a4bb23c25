using System.Text.RegularExpressions;

namespace Platform.Deploy.Tests;

/// <summary>hadolint is not available here: the rules the images must follow, checked by reading the Dockerfile.</summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(Tools.PathOf("deploy", "docker", "Dockerfile"));

    /// <summary>Instructions with continuation lines joined and comments dropped.</summary>
    private static List<string> Instructions() =>
        Regex.Replace(Dockerfile, @"\\\r?\n", " ").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

    private static List<string> RuntimeStage()
    {
        var all = Instructions();
        return all.Skip(all.FindLastIndex(i => i.StartsWith("FROM ", StringComparison.Ordinal))).ToList();
    }

    [Fact]
    public void It_is_multi_stage_on_the_official_dotnet_images()
    {
        var froms = Instructions().Where(i => i.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.True(froms.Count >= 2, "multi-stage: a build stage and a runtime stage");
        Assert.Matches(@"(?m)^ARG DOTNET_SDK_IMAGE=mcr\.microsoft\.com/dotnet/sdk:10\.0", Dockerfile);
        Assert.Matches(@"(?m)^ARG DOTNET_RUNTIME_IMAGE=mcr\.microsoft\.com/dotnet/aspnet:10\.0", Dockerfile);
        Assert.StartsWith("FROM ${DOTNET_RUNTIME_IMAGE}", froms[^1], StringComparison.Ordinal);
        Assert.Contains(RuntimeStage(), i => i.StartsWith("COPY --from=build", StringComparison.Ordinal));
    }

    [Fact]
    public void The_image_installs_no_native_mongodb_library()
    {
        // The MongoDB store uses the official .NET driver, which is managed code shipped with the app.
        Assert.DoesNotMatch(@"libmongoc|libbson", string.Join('\n', Instructions()));
    }

    [Fact]
    public void It_runs_as_a_non_root_user_with_a_healthcheck_and_oci_labels()
    {
        var runtime = RuntimeStage();
        var user = runtime.Last(i => i.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();
        Assert.NotEqual("0", user);
        Assert.NotEqual("root", user);
        Assert.True(int.TryParse(user, out _), "numeric UID, so Kubernetes runAsNonRoot can verify it");

        var health = Assert.Single(runtime, i => i.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains("/app/healthcheck", health, StringComparison.Ordinal);
        Assert.Contains(runtime, i => i.StartsWith("COPY ", StringComparison.Ordinal) && i.Contains("deploy/docker/healthcheck.sh /app/healthcheck", StringComparison.Ordinal));
        Assert.Contains("/health/live", File.ReadAllText(Tools.PathOf("deploy", "docker", "healthcheck.sh")), StringComparison.Ordinal);

        var labels = string.Join(' ', runtime.Where(i => i.StartsWith("LABEL ", StringComparison.Ordinal)));
        foreach (var label in new[] { "title", "description", "version", "revision", "created", "source" })
        {
            Assert.Contains($"org.opencontainers.image.{label}=", labels, StringComparison.Ordinal);
        }
        Assert.Contains(runtime, i => i.StartsWith("ENTRYPOINT [", StringComparison.Ordinal));
    }

    [Fact]
    public void Its_build_step_is_the_publish_command_the_readme_documents()
    {
        var publish = PublishCommand().Match(Dockerfile);
        Assert.True(publish.Success, "Dockerfile must run `dotnet publish services/Platform.${SERVICE}.Host -c Release -o /app`");
        var readme = File.ReadAllText(Tools.PathOf("deploy", "README.md"));
        Assert.Contains(publish.Value, readme, StringComparison.Ordinal);
        foreach (var host in Tools.ServiceHosts())
        {
            Assert.True(File.Exists(Tools.PathOf("services", $"Platform.{host}.Host", $"Platform.{host}.Host.csproj")));
        }
    }

    [Fact]
    public void Its_ignore_file_keeps_build_output_and_local_data_out_of_the_context()
    {
        var ignore = File.ReadAllLines(Tools.PathOf("deploy", "docker", "Dockerfile.dockerignore")).Select(l => l.Trim()).ToList();
        Assert.Contains("**/bin", ignore);
        Assert.Contains("**/obj", ignore);
        Assert.Contains("**/data", ignore);
        // Every file the Dockerfile copies from the context must be allowed back in.
        Assert.Contains("!deploy/docker/healthcheck.sh", ignore);
        Assert.Contains("!services", ignore);
        Assert.Contains("!contracts", ignore);
    }

    [GeneratedRegex(@"dotnet publish services/Platform\.\$\{SERVICE\}\.Host -c Release -o /app")]
    private static partial Regex PublishCommand();
}
