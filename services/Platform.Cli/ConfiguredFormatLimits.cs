using Platform.Fetch.Configuration;
using Platform.Formats;
using Platform.Hosting.Configuration;

namespace Platform.Cli;

/// <summary>The <c>Platform:Formats</c> limits for the commands that extract files themselves (<c>process</c>, <c>eval</c>), as fetch applies them.</summary>
public static class ConfiguredFormatLimits
{
    public static FormatLimits Read() => SettingsRegistration.Read<FormatOptions, FormatOptionsValidator>(CliConfiguration.Build()).ToLimits();
}
