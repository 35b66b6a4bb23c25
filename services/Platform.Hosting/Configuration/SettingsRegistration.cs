using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Platform.Hosting.Configuration;

/// <summary>
/// How a module registers its settings: bound from its own section and validated when the host starts, so an
/// invalid value stops start-up naming the key instead of failing the first request or message that reads it.
/// </summary>
public static class SettingsRegistration
{
    public static IServiceCollection AddSettings<TOptions, TValidator>(this IServiceCollection services)
        where TOptions : class, ISettingsSection
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(TOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services;
    }

    /// <summary>
    /// Binds and validates one section outside a host (CLI commands); throws <see cref="OptionsValidationException"/>
    /// naming every bad setting.
    /// </summary>
    public static TOptions Read<TOptions, TValidator>(IConfiguration configuration)
        where TOptions : class, ISettingsSection, new()
        where TValidator : IValidateOptions<TOptions>, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new TOptions();
        try
        {
            configuration.GetSection(TOptions.Section).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new OptionsValidationException(TOptions.Section, typeof(TOptions), [ex.Message + (ex.InnerException is null ? "" : " " + ex.InnerException.Message)]);
        }
        var result = new TValidator().Validate(null, options);
        return result.Failed ? throw new OptionsValidationException(TOptions.Section, typeof(TOptions), result.Failures) : options;
    }
}
