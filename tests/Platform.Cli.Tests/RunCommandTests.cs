namespace Platform.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_ingests_the_seeds_end_to_end_and_a_second_run_recognises_them()
    {
        var (dir, stdout) = await PlatformCli.RunSeedsAsync("cli-run-");
        Assert.Equal(5, stdout.Split('\n').Count(l => l.StartsWith('✓')));
        Assert.Contains("Done: 5 bulletins published (0 already stored)", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "data", "platform.db")));

        var (again, stdout2, _) = await PlatformCli.RunAsync(dir, "run", "--ingest", PlatformCli.Seeds, "--exit-when-done", "--urls", "http://127.0.0.1:0");
        Assert.Equal(0, again);
        Assert.Contains("Done: 5 bulletins published (5 already stored)", stdout2, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task Readme_run_command_resolves_relative_paths_from_where_it_is_typed()
    {
        var data = Directory.CreateTempSubdirectory("cli-readme-").FullName;
        var (exit, stdout, stderr) = await PlatformCli.DotnetRunAsync(RepositoryRoot.Path,
            "run", "--ingest", "seeds", "--exit-when-done", "--urls", "http://127.0.0.1:0", "--data", data);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("Done: 5 bulletins published", stdout, StringComparison.Ordinal);
        // Two articles of one bulletin finishing at once is expected, not a failure to print with a stack trace.
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Directory.Delete(data, true);
    }

    [Fact]
    public async Task Run_with_malformed_api_keys_stops_at_start_naming_the_setting()
    {
        var dir = Directory.CreateTempSubdirectory("cli-bad-keys-").FullName;
        // The embedded host reads appsettings.json from where it runs, as the service hosts do.
        await File.WriteAllTextAsync(Path.Combine(dir, "appsettings.json"), """{ "Platform": { "Fetch": { "ApiKeys": "feed-without-key" } } }""");
        var (exit, stdout, stderr) = await PlatformCli.RunAsync(dir, "run", "--exit-when-done", "--urls", "http://127.0.0.1:0");
        Assert.True(exit != 0, stdout + stderr);
        Assert.Contains("Platform:Fetch:ApiKeys", stderr, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task Run_with_a_missing_input_fails_naming_it()
    {
        var (exit, _, stderr) = await PlatformCli.RunAsync(Path.GetTempPath(), "run", "--ingest", "/no/such/file.txt", "--exit-when-done");
        Assert.Equal(2, exit);
        Assert.Contains("/no/such/file.txt", stderr, StringComparison.Ordinal);
    }
}

public sealed class ReprocessCommandTests
{
    [Fact]
    public async Task Reprocessing_unchanged_bulletins_updates_nothing_and_unknown_ids_fail()
    {
        var (dir, _) = await PlatformCli.RunSeedsAsync("cli-reprocess-");
        var (again, output, errors) = await PlatformCli.RunAsync(dir, "reprocess");
        Assert.True(again == 0, output + errors);
        Assert.Contains("Reprocessed 5 bulletins: 0 articles updated, 0 newly published, 0 rejected.", output, StringComparison.Ordinal);
        var (missing, _, missingErr) = await PlatformCli.RunAsync(dir, "reprocess", "--id", "ffffffffffffffff");
        Assert.Equal(1, missing);
        Assert.Contains("ffffffffffffffff", missingErr, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }
}
