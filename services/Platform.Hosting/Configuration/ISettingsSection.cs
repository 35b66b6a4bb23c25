namespace Platform.Hosting.Configuration;

/// <summary>
/// An options type bound from one configuration section, owned by the module that reads it. The section is the key
/// prefix every failure message names (e.g. <c>Platform:Fetch:ApiKeys</c>) and the environment variables use
/// (<c>Platform__Fetch__ApiKeys</c>).
/// </summary>
public interface ISettingsSection
{
    static abstract string Section { get; }
}
