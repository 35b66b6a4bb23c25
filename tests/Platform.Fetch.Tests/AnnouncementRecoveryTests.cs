using Platform.Storage;

namespace Platform.Fetch.Tests;

public sealed class AnnouncementRecoveryTests(FetchHost host) : IClassFixture<FetchHost>
{
    [Fact]
    public async Task A_stored_bulletin_that_was_never_announced_is_announced_while_the_service_runs()
    {
        // What a push leaves behind when the broker was down: stored, not announced.
        var raw = new RawBulletin("5eed5eed5eed5eed", "tests", new string('5', 64), [0x41], "标题\n\n正文。", "utf-8", "text/plain", null, null,
            DateTimeOffset.UtcNow.AddMinutes(-1), Announced: false);
        Assert.True((await host.Store.RawBulletins.AddAsync(raw)).Inserted);
        await Eventually.UntilAsync(async () => (await host.Store.RawBulletins.GetAsync(raw.Id))!.Announced, TimeSpan.FromSeconds(30),
            () => "the re-announcer did not pick the bulletin up");
    }
}
