using MassTransit;

namespace Platform.Hosting;

/// <summary>
/// What a stage module adds to the one MassTransit bus of a process. Modules register these;
/// <see cref="MessagingRegistration.AddPlatformMessaging"/> applies them all.
/// </summary>
public sealed record StageRegistration(string Stage, Action<IBusRegistrationConfigurator> ConfigureBus);
