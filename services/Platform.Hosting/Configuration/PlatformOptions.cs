namespace Platform.Hosting.Configuration;

/// <summary>
/// Root of the configuration every service reads (section <c>Platform</c>). Environment variables use
/// double underscores: <c>Platform__Transport__Kind=rabbitmq</c>. The configuration table in the README
/// and the deploy files are checked against <see cref="ConfigurationKeys"/>, which reflects over this type.
/// </summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    public TransportOptions Transport { get; set; } = new();
    public StoreOptions Store { get; set; } = new();
    public PublishOptions Publish { get; set; } = new();
    public FetchOptions Fetch { get; set; } = new();
}
