using Microsoft.Extensions.Options;
using Xunit;

namespace Platform.Testing;

/// <summary>The assertion of every settings-validator table: the options fail, and a failure names the key.</summary>
public static class SettingsAssert
{
    public static void FailsNaming<TOptions>(IValidateOptions<TOptions> validator, TOptions options, string key, string label) where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(validator);
        var result = validator.Validate(null, options);
        Assert.True(result.Failed, label);
        Assert.Contains(result.Failures, f => f.StartsWith(key, StringComparison.Ordinal));
    }
}
