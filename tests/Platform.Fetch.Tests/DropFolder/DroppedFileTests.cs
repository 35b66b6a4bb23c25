using Platform.Fetch.DropFolder;

namespace Platform.Fetch.Tests.DropFolder;

public sealed class DroppedFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dropped-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("dropped-out-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, true);
        Directory.Delete(_outside, true);
    }

    private FileInfo Entry(string name, Action<string> make)
    {
        var path = Path.Combine(_folder, name);
        make(path);
        return new FileInfo(path);
    }

    [Fact]
    public void A_regular_file_within_the_limit_is_read_from_its_own_path()
    {
        var entry = Entry("a.txt", p => File.WriteAllText(p, "公告"));
        Assert.Equal((entry.FullName, (string?)null), DroppedFile.Inspect(_folder, entry, 100));
    }

    [Theory]
    [InlineData("empty", "not a regular file")]
    [InlineData("large", "MaxBodyBytes")]
    [InlineData("dangling", "not an existing file")]
    [InlineData("outside", "outside the drop folder")]
    [InlineData("device", "outside the drop folder")]
    public void Unusable_entries_are_refused_before_anything_is_opened(string kind, string reason)
    {
        var secret = Path.Combine(_outside, "secret.txt");
        File.WriteAllText(secret, "机密");
        var entry = Entry(kind + ".txt", p =>
        {
            switch (kind)
            {
                case "empty": File.WriteAllBytes(p, []); break;
                case "large": File.WriteAllBytes(p, new byte[101]); break;
                case "dangling": File.CreateSymbolicLink(p, Path.Combine(_folder, "gone.txt")); break;
                case "outside": File.CreateSymbolicLink(p, secret); break;
                case "device": File.CreateSymbolicLink(p, "/dev/zero"); break;
            }
        });
        var (readPath, refusal) = DroppedFile.Inspect(_folder, entry, 100);
        Assert.Null(readPath);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_swapped_in_after_the_check_is_cut_off_at_the_limit()
    {
        var (bytes, refusal) = await DroppedFileReader.ReadAsync("/dev/zero", 1 << 20, TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.Null(bytes);
        Assert.Contains("MaxBodyBytes", refusal, StringComparison.Ordinal);
    }
}
