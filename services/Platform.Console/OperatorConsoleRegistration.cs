using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Platform.Hosting.Configuration;
using Platform.OperatorConsole.Components;
using Platform.OperatorConsole.Failures;
using Platform.OperatorConsole.Operations;
using Platform.OperatorConsole.Overview;
using Platform.OperatorConsole.Provenance;
using Platform.OperatorConsole.Security;
using Platform.Publish.Configuration;
using Platform.Storage;

namespace Platform.OperatorConsole;

/// <summary>The operator console module: server-rendered Razor components at <c>/</c>, over the store port.</summary>
public static class OperatorConsoleRegistration
{
    public const string StylesheetPath = "/console/console.css";
    public const string ScriptPath = "/_framework/blazor.web.js";

    /// <summary>
    /// Data-protection application name: the same in every host, so replicas with different content roots (the default
    /// discriminator) read each other's tokens and cookies.
    /// </summary>
    public const string DataProtectionApplicationName = "platform";

    public static IServiceCollection AddOperatorConsole(this IServiceCollection services)
    {
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRazorComponents();
        // Chinese text as characters rather than numeric entities: a bulletin page is about half the size (22 KB, not 42 KB).
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Session cookies and antiforgery tokens are protected with a key ring kept in the store, shared by all replicas.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDocumentStore>((keys, store) => keys.XmlRepository = new StoreKeyRepository(store.KeyRing));
        services.AddAuthentication().AddCookie(ConsoleSession.Scheme, cookie =>
        {
            cookie.Cookie.Name = "platform-console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = false;
        });
        services.AddOptions<CookieAuthenticationOptions>(ConsoleSession.Scheme)
            .Configure<IOptions<ConsoleOptions>>((cookie, console) => cookie.ExpireTimeSpan = console.Value.SessionLifetime);
        services.TryAddSingleton(TimeProvider.System);
        // The admin keys are the publish module's setting: bound and validated by it, here as much as in the admin API.
        services.AddSettings<PublishOptions, PublishOptionsValidator>();
        services.AddSingleton<ConsoleKeys>();
        services.AddSingleton<ConsoleSession>();
        services.TryAddSingleton<ISourceSpanLocator, StoredSpanLocator>();
        services.TryAddSingleton<IErrorQueueRedrive, BrokerErrorQueueRedrive>();
        services.AddSingleton<BulletinCatalog>();
        services.AddSingleton<ArticleCatalog>();
        services.AddSingleton<EventLog>();
        services.AddSingleton<BulletinReprocessor>();
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton<ReadinessProbe>();
        services.AddHttpClient<RabbitMqManagementClient>();
        return services;
    }

    public static WebApplication MapOperatorConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<ConsoleOptions>>().Value.Enabled) return app;
        app.UseMiddleware<ConsoleAccessMiddleware>();
        app.UseAntiforgery();
        app.MapGet(StylesheetPath, (HttpContext http) => Embedded(http, "console.css", "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet(ScriptPath, (HttpContext http) => Embedded(http, "blazor.web.js", "text/javascript; charset=utf-8")).ExcludeFromDescription();
        app.MapRazorComponents<App>().Add(endpoint => endpoint.Metadata.Add(ConsoleEndpoint.Instance));
        return app;
    }

    /// <summary>An asset compiled into this assembly; cached briefly, since a new version ships with a new build.</summary>
    private static IResult Embedded(HttpContext http, string name, string contentType)
    {
        http.Response.Headers.CacheControl = "public, max-age=300";
        var stream = typeof(OperatorConsoleRegistration).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(name + " is not embedded");
        return Results.Stream(stream, contentType);
    }
}
