using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Hosting.Tests;

public sealed class MessagingRegistrationTests
{
    private static void AddProbeStage(IBusRegistrationConfigurator bus)
    {
        bus.AddSingleton<Probes>();
        bus.AddConsumer<ProbeConsumer>();
    }

    private static void AddOtherStage(IBusRegistrationConfigurator bus) => bus.AddConsumer<OtherProbeConsumer>();

    public static TheoryData<bool> Orders => [true, false];

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Every_stage_handed_to_the_bus_consumes_whatever_the_order(bool probeFirst)
    {
        await using var platform = new TestPlatform(bus =>
        {
            if (probeFirst) AddProbeStage(bus);
            AddOtherStage(bus);
            if (!probeFirst) AddProbeStage(bus);
        });
        await platform.App.StartAsync();
        var bus = platform.App.Services.GetRequiredService<IBus>();
        await bus.Publish(new Probe("a"));
        await bus.Publish(new OtherProbe("b"));
        var probes = platform.App.Services.GetRequiredService<Probes>();
        await probes.WhenConsumed("a");
        await probes.WhenConsumed("b");
        await platform.App.StopAsync();
    }

    [Fact]
    public void A_second_bus_registration_fails_instead_of_silently_dropping_consumers()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
        builder.AddPlatformMessaging(AddProbeStage);
        Assert.ThrowsAny<Exception>(() => builder.AddPlatformMessaging(AddOtherStage));
    }
}
