namespace Platform.Cli.Tests;

/// <summary>The build configuration the tests were built with, to find the CLI binary.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class BuildConfigurationAttribute(string configuration) : Attribute
{
    public string Configuration { get; } = configuration;
}
