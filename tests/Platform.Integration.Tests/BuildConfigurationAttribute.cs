namespace Platform.Integration.Tests;

/// <summary>The build configuration (Debug/Release) the tests were built with, to find the service binaries.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class BuildConfigurationAttribute(string configuration) : Attribute
{
    public string Configuration { get; } = configuration;
}
