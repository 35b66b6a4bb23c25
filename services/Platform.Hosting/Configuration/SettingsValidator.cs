using Microsoft.Extensions.Options;

namespace Platform.Hosting.Configuration;

/// <summary>
/// The shape of every module's validator: each check adds a message that starts with the full key
/// (<c>Platform:Fetch:MaxBodyBytes must be …</c>), and all of them are reported at once.
/// </summary>
public abstract class SettingsValidator<TOptions> : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Check(options, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Adds a message naming the key for every bad setting of <paramref name="options"/>.</summary>
    protected abstract void Check(TOptions options, List<string> errors);
}
